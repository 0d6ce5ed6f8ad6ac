// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/SiteTypeText.h"

#include "registry/HeaderMatcher.h"

#include <algorithm>

namespace xj {

namespace {

struct Platform
{
    QString name;
    QStringList aliases; ///< normalised (HeaderMatcher::normalize) spellings
};

/// The platforms in the order messages list them, each with its usual names in normalised form
/// (HeaderMatcher::normalize).
const QList<Platform> &platforms()
{
    static const QList<Platform> table = {
        {QStringLiteral("微信"),
         {QStringLiteral("微信"), QStringLiteral("公众号"), QStringLiteral("微信公众号"),
          QStringLiteral("微信公众平台"), QStringLiteral("服务号"), QStringLiteral("订阅号"),
          QStringLiteral("wechat"), QStringLiteral("weixin")}},
        {QStringLiteral("微博"),
         {QStringLiteral("微博"), QStringLiteral("新浪微博"), QStringLiteral("政务微博"),
          QStringLiteral("weibo")}},
        {QStringLiteral("抖音"),
         {QStringLiteral("抖音"), QStringLiteral("抖音号"), QStringLiteral("douyin")}},
        {QStringLiteral("头条"),
         {QStringLiteral("头条"), QStringLiteral("今日头条"), QStringLiteral("头条号"),
          QStringLiteral("toutiao")}},
        {QStringLiteral("快手"),
         {QStringLiteral("快手"), QStringLiteral("快手号"), QStringLiteral("kuaishou")}},
        {QStringLiteral("视频号"), {QStringLiteral("视频号"), QStringLiteral("微信视频号")}},
        {QStringLiteral("小程序"), {QStringLiteral("小程序"), QStringLiteral("微信小程序")}},
        {QStringLiteral("小红书"), {QStringLiteral("小红书")}},
        {QStringLiteral("哔哩哔哩"),
         {QStringLiteral("哔哩哔哩"), QStringLiteral("b站"), QStringLiteral("bilibili")}},
        {QStringLiteral("百家号"), {QStringLiteral("百家号")}},
        {QStringLiteral("人民号"), {QStringLiteral("人民号")}},
        {QStringLiteral("网易号"), {QStringLiteral("网易号")}},
        {QStringLiteral("企鹅号"), {QStringLiteral("企鹅号")}},
        {QStringLiteral("学习强国"), {QStringLiteral("学习强国"), QStringLiteral("强国号")}},
        {QStringLiteral("客户端"),
         {QStringLiteral("客户端"), QStringLiteral("移动客户端"), QStringLiteral("app"),
          QStringLiteral("政务app")}},
    };
    return table;
}

/// The Chinese aliases, longest first, for finding a platform inside a longer description: "微信视频号"
/// must be found as 视频号 before 微信 matches. Latin aliases must match whole ("app" is inside too
/// many words).
const QList<std::pair<QString, QString>> &aliasesLongestFirst()
{
    static const auto list = [] {
        QList<std::pair<QString, QString>> out; // (alias, platform)
        for (const Platform &p : platforms()) {
            for (const QString &alias : p.aliases) {
                if (alias.at(0).unicode() > 0x7f)
                    out.append({alias, p.name});
            }
        }
        std::stable_sort(out.begin(), out.end(),
                         [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
        return out;
    }();
    return list;
}

bool isWebsiteWord(const QString &normalized)
{
    return normalized.contains(QStringLiteral("网站")) || normalized.contains(QStringLiteral("门户")) ||
           normalized == QLatin1String("website") || normalized == QLatin1String("portal");
}

bool isGenericNewMediaWord(const QString &normalized)
{
    return normalized.contains(QStringLiteral("新媒体")) || normalized == QLatin1String("newmedia");
}

} // namespace

std::optional<QString> SiteTypeText::platformOf(const QString &text)
{
    const QString normalized = HeaderMatcher::normalize(text);
    if (normalized.isEmpty())
        return std::nullopt;
    for (const Platform &p : platforms()) {
        if (p.aliases.contains(normalized))
            return p.name;
    }
    // "政务微信公众号", "抖音政务号": a known name inside a longer description.
    for (const auto &[alias, platform] : aliasesLongestFirst()) {
        if (normalized.contains(alias))
            return platform;
    }
    return std::nullopt;
}

SiteTypeText::Parsed SiteTypeText::parse(const QStringList &values)
{
    Parsed out;
    bool website = false;
    bool portal = false;
    bool genericNewMedia = false;
    for (const QString &value : values) {
        const QString normalized = HeaderMatcher::normalize(value);
        if (normalized.isEmpty())
            continue;
        if (const auto platform = platformOf(value)) {
            if (out.platform.isEmpty())
                out.platform = *platform;
        } else if (isWebsiteWord(normalized)) {
            website = true;
            portal = portal || normalized.contains(QStringLiteral("门户")) ||
                     normalized == QLatin1String("portal");
        } else if (isGenericNewMediaWord(normalized)) {
            genericNewMedia = true;
        } else if (out.unrecognised.isEmpty()) {
            out.unrecognised = value.trimmed();
        }
    }
    if (!out.platform.isEmpty() || (genericNewMedia && !website))
        out.kind = SiteKind::NewMedia;
    else if (website)
        out.kind = SiteKind::Website;
    out.portal = out.kind == SiteKind::Website && portal;
    if (out.kind)
        out.unrecognised.clear();
    return out;
}

QStringList SiteTypeText::knownPlatforms()
{
    QStringList names;
    for (const Platform &p : platforms())
        names.append(p.name);
    return names;
}

QString SiteTypeText::websiteWord()
{
    return QStringLiteral("网站");
}

} // namespace xj
