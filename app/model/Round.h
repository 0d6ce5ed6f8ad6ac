// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EnumTable.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

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
    /// A re-check round re-checks this round's open findings; any round may carry forward the
    /// open findings of the round named here. 0: none.
    qint64 sourceRoundId = 0;
    /// The units the round covers (one for a self-check, the team's assignment for a peer
    /// check); empty: every site of the registry.
    QList<qint64> unitIds;
    /// The checklist items a special campaign judges, by code; empty: every item.
    QStringList itemCodes;
};

} // namespace xj
