// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/identifiers/DomainRuleCheck.h"

#include "checks/PageSnapshot.h"

#include <QRegularExpression>
#include <QUrl>

namespace xj {

namespace {

/// "www.x.gov.cn" → "x.gov.cn": the domain a site's other hosts live under.
QString siteDomain(const QString &host)
{
    return host.startsWith(QLatin1String("www.")) ? host.mid(4) : host;
}

bool isWithin(const QString &host, const QString &domain)
{
    return host == domain || host.endsWith(QLatin1Char('.') + domain);
}

/// The lower-case Unicode form of a host, so ".xn--zfr164b" and ".政务" compare alike.
QString unicodeHost(const QString &host)
{
    return QUrl::fromAce(QUrl::toAce(host.toLower())).toLower();
}

QString registryHost(const QString &url)
{
    const QString trimmed = url.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QUrl parsed = QUrl::fromUserInput(trimmed);
    return unicodeHost(parsed.host());
}

} // namespace

QStringList DomainRuleCheck::checkIds() const
{
    return {DomainId};
}

bool DomainRuleCheck::isLocalHost(const QString &host)
{
    static const QRegularExpression ipv4(QStringLiteral("^\\d{1,3}(?:\\.\\d{1,3}){3}$"));
    return host.isEmpty() || host.contains(QLatin1Char(':')) || ipv4.match(host).hasMatch() ||
           host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost"));
}

bool DomainRuleCheck::hasGovernmentSuffix(const QString &host)
{
    const QString h = host.toLower();
    return h.endsWith(QLatin1String(".gov.cn")) || h.endsWith(QStringLiteral(".政务")) ||
           h.endsWith(QLatin1String(".xn--zfr164b"));
}

void DomainRuleCheck::run(const PageSnapshot &page, const CheckContext &, Candidates &out) const
{
    if (page.site.kind != SiteKind::Website)
        return; // a new-media account lives on its platform's domain
    const QString scheme = page.url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return;
    const QString host = unicodeHost(page.url.host());
    if (isLocalHost(host))
        return;

    const auto add = [&](const QString &message, double confidence) {
        Candidate c;
        c.checkId = DomainId;
        c.message = message;
        c.text = host;
        c.confidence = confidence;
        out.append(c);
    };

    // A page away from the registered site (a link the inspector followed) is judged only by the
    // suffix rule and with less certainty; another government site is none of this site's business.
    const QString registered = registryHost(page.site.url);
    const bool ownSite = registered.isEmpty() || isLocalHost(registered) ||
                         isWithin(host, siteDomain(registered)) || isWithin(registered, siteDomain(host));
    if (!hasGovernmentSuffix(host)) {
        if (ownSite) {
            add(tr("The host %1 does not end with .gov.cn or .政务: government websites must use a .gov.cn "
                   "domain (or a .政务 Chinese domain), no other suffix.")
                    .arg(host),
                0.9);
        } else {
            add(tr("The page is on %1, outside the site's registered host %2, and that host does not end "
                   "with .gov.cn or .政务. If the site serves this page as its own, it breaks the domain "
                   "rule.")
                    .arg(host, registered),
                0.5);
        }
        return;
    }
    if (!ownSite)
        return;
    // Other hosts of the same site domain (zwgk.x.gov.cn next to www.x.gov.cn) are the site's own;
    // the portal and department rules are about the site's main host.
    if (!registered.isEmpty() && host != registered && !isLocalHost(registered))
        return;

    static const QRegularExpression portalHost(QStringLiteral("^www\\.[a-z0-9-]+\\.gov\\.cn$"));
    if (page.site.portal) {
        if (host.endsWith(QLatin1String(".gov.cn")) && !portalHost.match(host).hasMatch()) {
            add(tr("The portal's host %1 is not of the form www.<name>.gov.cn that government portals use.")
                    .arg(host),
                0.9);
        }
        return;
    }
    const QString parent = unicodeHost(page.parentPortalHost.trimmed());
    if (parent.isEmpty() || isLocalHost(parent))
        return;
    // A department site is a sub-domain of its portal's domain (slj.bd.gov.cn under www.bd.gov.cn);
    // a column on the portal's own host is fine too.
    const QString portalDomain = siteDomain(parent);
    if (host != parent && !host.endsWith(QLatin1Char('.') + portalDomain)) {
        add(tr("The department site's host %1 is not a sub-domain of its portal's domain %2 (it should "
               "look like name.%2).")
                .arg(host, portalDomain),
            0.9);
    }
}

} // namespace xj
