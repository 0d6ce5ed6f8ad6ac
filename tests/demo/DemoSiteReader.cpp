// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoSiteReader.h"

#include "TestDataDir.h"
#include "checks/HtmlDecoder.h"
#include "checks/StaticPageReader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>

namespace DemoSiteReader {

xj::DemoSiteSpec spec(quint64 seed, bool clean)
{
    xj::DemoSiteSpec s;
    s.seed = seed;
    s.clean = clean;
    s.today = Today;
    return s;
}

QMap<QString, QString> hashTree(const QString &root)
{
    QMap<QString, QString> out;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        out.insert(QDir(root).relativeFilePath(path), fileSha256(path));
    }
    return out;
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString decodePage(const QString &path, QString *charset)
{
    return decodeHtml(readBytes(path), charset);
}

QString decodeHtml(const QByteArray &bytes, QString *charset)
{
    static const QRegularExpression meta(QStringLiteral("<meta charset=\"([^\"]+)\""));
    const QString declared = meta.match(QString::fromLatin1(bytes.left(400))).captured(1);
    if (charset)
        *charset = declared;
    QStringDecoder decoder(declared.isEmpty() ? "utf-8" : declared.toLatin1().constData());
    return decoder.decode(bytes);
}

QStringList pagesOf(const QString &root)
{
    QStringList out;
    QDirIterator it(root, {QStringLiteral("*.html")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(QDir(root).relativeFilePath(it.next()));
    out.sort();
    return out;
}

QStringList linksOf(const QString &html)
{
    static const QRegularExpression attribute(QStringLiteral("(?:href|src|action)=\"([^\"]*)\""));
    QStringList out;
    for (const QRegularExpressionMatch &m : attribute.globalMatch(html))
        out.append(m.captured(1).replace(QStringLiteral("&amp;"), QStringLiteral("&")));
    return out;
}

QString localTarget(QString href)
{
    if (!href.startsWith(QLatin1Char('/')) || href.startsWith(QStringLiteral("//")))
        return {};
    href = href.section(QLatin1Char('?'), 0, 0).section(QLatin1Char('#'), 0, 0).mid(1);
    if (href.isEmpty() || href.endsWith(QLatin1Char('/')))
        href += QStringLiteral("index.html");
    return href;
}

std::optional<xj::PageSnapshot> snapshotOf(const QString &root, const QString &page)
{
    auto decoded = xj::HtmlDecoder::decode(readBytes(QDir(root).filePath(page)));
    if (!decoded)
        return std::nullopt;
    xj::PageSnapshot snapshot = xj::StaticPageReader::read(decoded.value().html, QUrl(BaseUrl + page));
    snapshot.inspectionDate = Today;
    return snapshot;
}

} // namespace DemoSiteReader
