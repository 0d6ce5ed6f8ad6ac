// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EnumTable.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace xj {

enum class RoundKind { Quarterly, SelfCheck, PeerCheck, Special, Recheck };

inline constexpr EnumTable<RoundKind, 5> RoundKinds{
    "xj::Round",
    {{{RoundKind::Quarterly, "quarterly", QT_TRANSLATE_NOOP("xj::Round", "Quarterly check")},
      {RoundKind::SelfCheck, "self", QT_TRANSLATE_NOOP("xj::Round", "Self-check")},
      {RoundKind::PeerCheck, "peer", QT_TRANSLATE_NOOP("xj::Round", "Peer check")},
      {RoundKind::Special, "special", QT_TRANSLATE_NOOP("xj::Round", "Special check")},
      {RoundKind::Recheck, "recheck", QT_TRANSLATE_NOOP("xj::Round", "Re-check")}}}};

/// An inspection round: which sites are checked against which checklists, for which period, and the
/// inspection date T from which every time window of the indicators is measured backwards.
struct Round
{
    qint64 id = 0;
    QString name;
    RoundKind kind = RoundKind::Quarterly;
    QString period; ///< e.g. "2026Q4"
    QDate periodStart;
    QDate periodEnd;
    QDate inspectionDate; ///< 监测时间点 T
    QString team;
    qint64 websiteTemplateId = 0;  ///< checklist snapshot used for websites
    qint64 newMediaTemplateId = 0; ///< checklist snapshot used for new-media accounts
    QDateTime createdAt;
};

} // namespace xj
