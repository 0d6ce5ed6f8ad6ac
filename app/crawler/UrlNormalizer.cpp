// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawler/UrlNormalizer.h"

#include <QUrlQuery>

#include <algorithm>

namespace xj {

namespace {

/// RFC 3986 §5.2.4. Qt 6.4's QUrl::NormalizePathSegments leaves "/a/./b/../c" as "/a//c", which
/// would give one page two keys.
QString removeDotSegments(const QString &path)
{
    QStringList out;
    const QStringList segments = path.split(QLatin1Char('/'));
    for (qsizetype i = 1; i < segments.size(); ++i) {
        const QString &s = segments.at(i);
        const bool last = i == segments.size() - 1;
        if (s == QLatin1String("..")) {
            if (!out.isEmpty())
                out.removeLast();
            if (last)
                out.append(QString());
        } else if (s == QLatin1String(".")) {
            if (last)
                out.append(QString());
        } else {
            out.append(s);
        }
    }
    return QLatin1Char('/') + out.join(QLatin1Char('/'));
}

} // namespace

bool UrlNormalizer::isSessionParameter(const QString &name)
{
    static const QStringList exact{QStringLiteral("jsessionid"),   QStringLiteral("phpsessid"),
                                   QStringLiteral("aspsessionid"), QStringLiteral("sid"),
                                   QStringLiteral("sessionid"),    QStringLiteral("session_id"),
                                   QStringLiteral("cfid"),         QStringLiteral("cftoken"),
                                   QStringLiteral("_t"),           QStringLiteral("timestamp")};
    const QString lower = name.toLower();
    return exact.contains(lower) || lower.startsWith(QLatin1String("utm_")) ||
           lower.startsWith(QLatin1String("aspsessionid"));
}

QUrl UrlNormalizer::normalize(const QUrl &input)
{
    if (!input.isValid())
        return {};
    QUrl url = input.adjusted(QUrl::RemoveFragment);
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return {};
    if (url.host().isEmpty())
        return {};
    url.setScheme(scheme);
    url.setHost(url.host().toLower());
    if ((scheme == QLatin1String("http") && url.port() == 80) ||
        (scheme == QLatin1String("https") && url.port() == 443))
        url.setPort(-1);
    url.setUserInfo({});
    QString path = removeDotSegments(url.path(QUrl::FullyEncoded));
    // ;jsessionid=… in the path (Java servers) is a session, not a page.
    if (const qsizetype semi = path.indexOf(QLatin1String(";jsessionid="), 0, Qt::CaseInsensitive); semi >= 0)
        path.truncate(semi);
    if (path.isEmpty())
        path = QStringLiteral("/");
    url.setPath(path, QUrl::TolerantMode);
    if (url.hasQuery()) {
        QUrlQuery query(url);
        auto items = query.queryItems(QUrl::FullyEncoded);
        items.erase(std::remove_if(items.begin(), items.end(),
                                   [](const auto &kv) { return isSessionParameter(kv.first); }),
                    items.end());
        std::stable_sort(items.begin(), items.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        if (items.isEmpty()) {
            url.setQuery(QString());
            url = url.adjusted(QUrl::RemoveQuery);
        } else {
            QUrlQuery sorted;
            sorted.setQueryItems(items);
            url.setQuery(sorted.query(QUrl::FullyEncoded), QUrl::StrictMode);
        }
    }
    return url;
}

QString UrlNormalizer::key(const QUrl &url)
{
    const QUrl n = normalize(url);
    return n.isValid() ? n.toString(QUrl::FullyEncoded) : QString();
}

} // namespace xj
