// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/ScoreResult.h"
#include "core/Result.h"
#include "model/AccountRecord.h"
#include "model/ChecklistTemplate.h"
#include "model/Site.h"
#include "model/Verdict.h"

#include <QCoreApplication>
#include <QHash>

#include <utility>

namespace xj {

class Database;

/// One site in one round: the checklist the round uses for that kind of site (from the round's
/// snapshot), the verdicts recorded so far, and the score they give. Recording a verdict saves it
/// (one transaction) and updates the score.
class SiteInspection
{
    Q_DECLARE_TR_FUNCTIONS(xj::SiteInspection)
public:
    static Result<SiteInspection> load(const Database &database, qint64 roundId, const Site &site);

    qint64 roundId() const { return m_roundId; }
    const Site &site() const { return m_site; }
    const ChecklistTemplate &checklist() const { return m_checklist; }
    const QHash<QString, Verdict> &verdicts() const { return m_verdicts; }
    ScoreResult score() const;

    /// Saves the verdict of one item; on failure nothing changes.
    Status record(const Database &database, Verdict verdict);
    /// Removes the verdict of one item so it counts as not yet judged.
    Status clear(const Database &database, const QString &itemCode);
    /// Saves a new-media account record and the verdicts it decides (AccountJudgement), all in one
    /// transaction. Returns the record's id and the verdicts that were set.
    Result<std::pair<qint64, QList<Verdict>>> recordAccount(const Database &database, AccountRecord record,
                                                            const QDate &inspectionDate);

private:
    qint64 m_roundId = 0;
    Site m_site;
    ChecklistTemplate m_checklist;
    QHash<QString, Verdict> m_verdicts;
};

} // namespace xj
