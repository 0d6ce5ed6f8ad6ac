// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/AccountRecord.h"
#include "model/Verdict.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace xj {

struct ChecklistTemplate;

/// Judges the new-media veto items that follow from an account record: "内容不更新" (M-V2, no post
/// within the template's window_days before the inspection date, 14 by default) and "互动回应差"
/// (M-V3, no working interaction channel). Items the record says nothing about get no verdict.
class AccountJudgement
{
    Q_DECLARE_TR_FUNCTIONS(xj::AccountJudgement)
public:
    static inline const QString NoUpdateItem = QStringLiteral("M-V2");
    static inline const QString InteractionItem = QStringLiteral("M-V3");

    /// Verdicts with round, site, item, value and a note that gives the reason in words.
    static QList<Verdict> judge(const AccountRecord &record, const ChecklistTemplate &checklist,
                                const QDate &inspectionDate);
};

} // namespace xj
