// SPDX-License-Identifier: GPL-3.0-or-later
#include "matching/PagePath.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace xj {

namespace {

const QString AnyPage = QStringLiteral("*");

/// The file names web servers serve for a folder's address. Compared case-insensitively: IIS
/// sites, common among government sites, link "Index.html" as often as "index.html".
bool isIndexFile(const QString &name)
{
    static const QStringList names{QStringLiteral("index.html"), QStringLiteral("index.htm"),
                                   QStringLiteral("index.shtml"), QStringLiteral("default.html"),
                                   QStringLiteral("default.htm")};
    return names.contains(name, Qt::CaseInsensitive);
}

} // namespace

QString PagePath::normalize(const QString &urlOrPath)
{
    QString path = urlOrPath.trimmed();
    if (path == AnyPage)
        return AnyPage;
    // The query and fragment go before decoding, so an encoded "%3F" in a path stays part of it.
    static const QRegularExpression queryOrFragment(QStringLiteral("[?#]"));
    if (const qsizetype cut = path.indexOf(queryOrFragment); cut >= 0)
        path.truncate(cut);
    static const QRegularExpression schemeAndHost(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://[^/]*"));
    path.remove(schemeAndHost);
    path = QUrl::fromPercentEncoding(path.toUtf8());

    // Empty segments are the collapsed "//", and the last one a trailing "/".
    QStringList segments;
    for (const QString &segment : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (segment == QLatin1String("."))
            continue;
        if (segment == QLatin1String("..")) {
            if (!segments.isEmpty())
                segments.removeLast();
            continue;
        }
        segments.append(segment);
    }
    if (!segments.isEmpty() && isIndexFile(segments.constLast()))
        segments.removeLast();
    return QLatin1Char('/') + segments.join(QLatin1Char('/'));
}

bool PagePath::samePage(const QString &a, const QString &b)
{
    const QString left = normalize(a);
    const QString right = normalize(b);
    return left == AnyPage || right == AnyPage || left == right;
}

} // namespace xj
