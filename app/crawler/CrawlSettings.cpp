// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawler/CrawlSettings.h"

#include <QJsonArray>

#include <algorithm>

namespace xj {

QJsonObject CrawlSettings::toJson() const
{
    return QJsonObject{
        {QStringLiteral("maxPages"), maxPages},
        {QStringLiteral("maxDepth"), maxDepth},
        {QStringLiteral("maxResponseBytes"), double(maxResponseBytes)},
        {QStringLiteral("concurrencyPerHost"), concurrencyPerHost},
        {QStringLiteral("requestsPerSecond"), requestsPerSecond},
        {QStringLiteral("connectTimeoutMs"), connectTimeoutMs},
        {QStringLiteral("responseTimeoutMs"), responseTimeoutMs},
        {QStringLiteral("retries"), retries},
        {QStringLiteral("respectRobots"), respectRobots},
        {QStringLiteral("checkExternal"), checkExternal},
        {QStringLiteral("runPageChecks"), runPageChecks},
        {QStringLiteral("extraHosts"), QJsonArray::fromStringList(extraHosts)},
        {QStringLiteral("pathPrefixes"), QJsonArray::fromStringList(pathPrefixes)},
        {QStringLiteral("userAgent"), userAgent},
    };
}

CrawlSettings CrawlSettings::fromJson(const QJsonObject &json)
{
    CrawlSettings s;
    auto number = [&json](const char *key, double fallback, double low, double high) {
        return std::clamp(json.value(QLatin1String(key)).toDouble(fallback), low, high);
    };
    auto strings = [&json](const char *key) {
        QStringList out;
        for (const QJsonValue &v : json.value(QLatin1String(key)).toArray())
            if (!v.toString().trimmed().isEmpty())
                out.append(v.toString().trimmed());
        return out;
    };
    s.maxPages = int(number("maxPages", s.maxPages, 1, 10'000'000));
    s.maxDepth = int(number("maxDepth", s.maxDepth, 0, 1000));
    s.maxResponseBytes = qint64(number("maxResponseBytes", double(s.maxResponseBytes), 1024, 4e9));
    s.concurrencyPerHost = int(number("concurrencyPerHost", s.concurrencyPerHost, 1, 64));
    s.requestsPerSecond = number("requestsPerSecond", s.requestsPerSecond, 0, 100000);
    s.connectTimeoutMs = int(number("connectTimeoutMs", s.connectTimeoutMs, 100, 600000));
    s.responseTimeoutMs = int(number("responseTimeoutMs", s.responseTimeoutMs, 100, 3600000));
    s.retries = int(number("retries", s.retries, 0, 10));
    s.respectRobots = json.value(QLatin1String("respectRobots")).toBool(s.respectRobots);
    s.checkExternal = json.value(QLatin1String("checkExternal")).toBool(s.checkExternal);
    s.runPageChecks = json.value(QLatin1String("runPageChecks")).toBool(s.runPageChecks);
    s.extraHosts = strings("extraHosts");
    s.pathPrefixes = strings("pathPrefixes");
    s.userAgent = json.value(QLatin1String("userAgent")).toString();
    return s;
}

QString CrawlSettings::effectiveUserAgent() const
{
    if (!userAgent.isEmpty())
        return userAgent;
    return QStringLiteral("Mozilla/5.0 (compatible; Xunjian/%1; +government website inspection)")
        .arg(QStringLiteral(XUNJIAN_VERSION));
}

} // namespace xj
