// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/Site.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace xj {

QString normalizedSiteUrl(const QString &url)
{
    QString text = url.trimmed();
    if (text.isEmpty())
        return {};
    if (!text.contains(QLatin1String("://")))
        text.prepend(QLatin1String("http://"));
    const QUrl parsed(text, QUrl::TolerantMode);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return text.toLower();
    QString path = parsed.path();
    static const QRegularExpression indexPage(QStringLiteral("/(index|default)\\.(s?html?|php|jsp|aspx?)$"),
                                              QRegularExpression::CaseInsensitiveOption);
    path.remove(indexPage);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    QString out = parsed.host().toLower();
    const int port = parsed.port();
    if (port > 0 && port != 80 && port != 443)
        out += QLatin1Char(':') + QString::number(port);
    out += path;
    if (parsed.hasQuery())
        out += QLatin1Char('?') + parsed.query();
    return out;
}

QString siteTypeLabel(const Site &site)
{
    if (site.kind == SiteKind::NewMedia)
        return site.platform;
    return site.portal ? QCoreApplication::translate("xj::Site", "Portal")
                       : SiteKinds.label(SiteKind::Website);
}

} // namespace xj
