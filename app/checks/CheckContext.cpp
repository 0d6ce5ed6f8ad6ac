// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/CheckContext.h"

#include "checks/CheckDictionaries.h"
#include "checks/PageSnapshot.h"

namespace xj {

namespace {

bool hostMatches(const QString &host, QString pattern)
{
    pattern = pattern.trimmed().toLower();
    if (pattern.isEmpty())
        return false;
    if (pattern.startsWith(QLatin1String("*."))) {
        const QString domain = pattern.mid(2);
        return host == domain || host.endsWith(QLatin1Char('.') + domain);
    }
    return host == pattern;
}

/// "www.x.gov.cn" → "x.gov.cn": sub-domains of the site's own domain are the site's.
QString siteDomain(const QString &host)
{
    return host.startsWith(QLatin1String("www.")) ? host.mid(4) : host;
}

} // namespace

CheckContext::CheckContext(const CheckDictionaries &dictionaries, const CheckSettings &settings,
                           const AllowList &allowList)
    : m_dictionaries(dictionaries)
    , m_settings(settings)
    , m_allowList(allowList)
{}

bool CheckContext::isHostAllowed(const QString &rawHost, const PageSnapshot &page) const
{
    const QString host = rawHost.toLower();
    if (host.isEmpty())
        return true;
    QStringList own{page.url.host().toLower(), QUrl(page.site.url).host().toLower(),
                    page.parentPortalHost.toLower()};
    for (const QString &o : std::as_const(own)) {
        if (o.isEmpty())
            continue;
        const QString domain = siteDomain(o);
        if (host == o || host == domain || host.endsWith(QLatin1Char('.') + domain))
            return true;
    }
    for (const QString &p : m_dictionaries.lists().allowedHosts) {
        if (hostMatches(host, p))
            return true;
    }
    for (const QString &p : m_settings.allowedHosts) {
        if (hostMatches(host, p))
            return true;
    }
    return false;
}

} // namespace xj
