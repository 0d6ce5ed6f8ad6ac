// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Site.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace xj {

/// Reads what offices write in a registry's 类型 / 平台 column: "政府网站", "门户网站" (a
/// website, the second one a portal), or a new-media platform under any of its usual names
/// ("微信公众号", "新浪微博", "今日头条", "WeChat"). Platforms are stored under one canonical
/// name each (微信, 微博, 抖音, 头条, 快手, …) so that duplicates and reports group correctly.
class SiteTypeText
{
public:
    struct Parsed
    {
        std::optional<SiteKind> kind; ///< empty when nothing was recognised
        QString platform;             ///< new media: the canonical platform, empty if not named
        bool portal = false;
        QString unrecognised; ///< the first value that meant nothing, for the message
    };

    /// Interprets every type/platform cell of a row together: a named platform makes the row a
    /// new-media account, a website word a website. Empty input gives an empty result.
    static Parsed parse(const QStringList &values);
    /// The canonical platform `text` names, if any.
    static std::optional<QString> platformOf(const QString &text);
    /// The canonical platform names, for messages.
    static QStringList knownPlatforms();
    /// The word a registry uses for a website (网站), for messages.
    static QString websiteWord();
};

} // namespace xj
