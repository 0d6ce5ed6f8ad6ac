// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EnumTable.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace xj {

/// Whether the account offers citizens a working way to ask (留言, 私信, 自动回复菜单, 咨询入口).
enum class ChannelState { Unknown, Works, Unanswered, Missing };

inline constexpr EnumTable<ChannelState, 4> ChannelStates{
    "xj::AccountRecord",
    {{{ChannelState::Unknown, "unknown", QT_TRANSLATE_NOOP("xj::AccountRecord", "Not checked yet")},
      {ChannelState::Works, "works", QT_TRANSLATE_NOOP("xj::AccountRecord", "Works and is answered")},
      {ChannelState::Unanswered, "unanswered",
       QT_TRANSLATE_NOOP("xj::AccountRecord", "Exists but goes unanswered")},
      {ChannelState::Missing, "missing", QT_TRANSLATE_NOOP("xj::AccountRecord", "No working channel")}}}};

/// What the inspector recorded about a new-media account in a round. WeChat, Weibo or Douyin
/// accounts cannot be crawled, so the newest post date and the interaction channel are written
/// down by hand, each backed by a screenshot, and the new-media veto items are judged from this.
struct AccountRecord
{
    qint64 id = 0;
    qint64 roundId = 0;
    qint64 siteId = 0;
    QDate lastPostDate; ///< invalid when not recorded yet
    QString lastPostTitle;
    QString channel; ///< which channel was tried, in the inspector's words
    ChannelState channelState = ChannelState::Unknown;
    QString note;
    QString inspector;
    QDateTime updatedAt;
};

} // namespace xj
