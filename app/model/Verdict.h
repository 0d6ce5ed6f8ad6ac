// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EnumTable.h"

#include <QDateTime>
#include <QString>

namespace xj {

enum class VerdictValue { Pass, Fail, NotApplicable };

inline constexpr EnumTable<VerdictValue, 3> VerdictValues{
    "xj::Verdict",
    {{{VerdictValue::Pass, "pass", QT_TRANSLATE_NOOP("xj::Verdict", "Pass")},
      {VerdictValue::Fail, "fail", QT_TRANSLATE_NOOP("xj::Verdict", "Fail")},
      {VerdictValue::NotApplicable, "na", QT_TRANSLATE_NOOP("xj::Verdict", "Not applicable")}}}};

/// An inspector's judgement of one checklist item for one site in one round. For deduction items
/// `points` is what the site loses; for bonus items it is what the site earns.
struct Verdict
{
    qint64 roundId = 0;
    qint64 siteId = 0;
    QString itemCode;
    VerdictValue value = VerdictValue::Pass;
    double points = 0;
    QString note;
    QString inspector;
    QDateTime updatedAt;
};

} // namespace xj
