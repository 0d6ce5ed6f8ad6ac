// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ChecklistTemplate.h"
#include "model/Round.h"

namespace xj {
class Database;
}

/// A small registry for the round tests: unit 甲 with the active website a1 and the suspended
/// website a2, unit 乙 with the active website b1; the website checklist "full" (W-V1, W-D1, W-D2)
/// and the website checklist "short" (W-D1 only).
struct RoundFixture
{
    qint64 unitA = 0;
    qint64 unitB = 0;
    qint64 siteA1 = 0;
    qint64 siteA2 = 0;
    qint64 siteB1 = 0;
    qint64 fullChecklistId = 0;
    qint64 shortChecklistId = 0;

    /// False when any part could not be written.
    bool create(const xj::Database &db);

    /// A round of `kind` named `name` on `date`, judged with the full checklist; not saved.
    xj::Round round(xj::RoundKind kind, const QString &name, const QDate &date = QDate(2026, 11, 24)) const;

    /// The checklists themselves, e.g. to build a library entry for RoundSetup.
    static xj::ChecklistTemplate fullChecklist();
    static xj::ChecklistTemplate shortChecklist();
};
