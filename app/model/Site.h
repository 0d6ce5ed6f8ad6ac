// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EnumTable.h"

#include <QString>

namespace xj {

enum class SiteKind { Website, NewMedia };
enum class SiteStatus { Active, Suspended, Closed };

inline constexpr EnumTable<SiteKind, 2> SiteKinds{
    "xj::Site",
    {{{SiteKind::Website, "website", QT_TRANSLATE_NOOP("xj::Site", "Website")},
      {SiteKind::NewMedia, "newmedia", QT_TRANSLATE_NOOP("xj::Site", "New media")}}}};

inline constexpr EnumTable<SiteStatus, 3> SiteStatuses{
    "xj::Site",
    {{{SiteStatus::Active, "active", QT_TRANSLATE_NOOP("xj::Site", "In operation")},
      {SiteStatus::Suspended, "suspended", QT_TRANSLATE_NOOP("xj::Site", "Suspended")},
      {SiteStatus::Closed, "closed", QT_TRANSLATE_NOOP("xj::Site", "Closed")}}}};

/// A supervised object: a government website or a government new-media account (WeChat, Weibo, …).
/// Websites have a URL; new-media accounts have a platform and an account id (the URL is optional).
struct Site
{
    qint64 id = 0;
    SiteKind kind = SiteKind::Website;
    QString platform; ///< new media: 微信, 微博, 抖音, …
    QString name;
    QString url;
    QString accountId;
    qint64 unitId = 0;
    QString siteCode; ///< 网站标识码
    QString icpNumber;
    QString policeNumber; ///< 公安机关备案号
    bool portal = false;  ///< 政府门户网站: the bonus part of the score applies
    QString personInCharge;
    QString phone;
    SiteStatus status = SiteStatus::Active;
    QString notes;
    QString lastUrl; ///< where the inspector was last time, restored on reopening
    /// A department site: the portal (a site of the registry) whose domain it must be under.
    qint64 parentSiteId = 0;
};

} // namespace xj

namespace xj {

/// The form of a site URL used to find duplicates: scheme-less, lower-case host, no default port,
/// no trailing slash or index page. "https://WWW.X.gov.cn/index.html" and "http://www.x.gov.cn"
/// are the same site.
QString normalizedSiteUrl(const QString &url);

} // namespace xj

namespace xj {

/// What kind of site this is, in the words of the site list: the platform of a new-media account,
/// 门户网站 for a portal, otherwise 网站.
QString siteTypeLabel(const Site &site);

} // namespace xj
