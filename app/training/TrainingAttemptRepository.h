// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "training/TrainingAttempt.h"
#include "training/TrainingScore.h"

#include <QCoreApplication>
#include <QList>

namespace xj {

class Database;

/// Stores trainees' attempts (training_attempts) and, once submitted, their scores
/// (training_outcomes). A submission is final: it is written whole in one transaction, and a
/// second one is refused, so a trainee cannot improve a score by submitting again.
class TrainingAttemptRepository
{
    Q_DECLARE_TR_FUNCTIONS(xj::TrainingAttemptRepository)
public:
    explicit TrainingAttemptRepository(const Database &database);

    /// Records a new attempt, in progress. Its id.
    Result<qint64> start(const TrainingAttempt &attempt) const;
    Status setWorkspace(qint64 attemptId, const QString &workspaceRelative) const;
    /// Writes the score's outcomes and counts and marks the attempt submitted, all or nothing.
    /// Refused for an attempt already submitted (nothing changes then).
    Status submit(qint64 attemptId, int elapsedSeconds, const TrainingScore &score) const;
    Result<TrainingAttempt> find(qint64 attemptId) const;
    /// The attempts of one trainee, by day then by start.
    Result<QList<TrainingAttempt>> forEnrollment(qint64 enrollmentId) const;
    /// The stored score of a submitted attempt, tallies recomputed from its outcomes.
    Result<TrainingScore> score(qint64 attemptId) const;
    /// The outcomes of several submitted attempts, in attempt then position order.
    Result<QList<TrainingOutcome>> outcomes(const QList<qint64> &attemptIds) const;

private:
    Result<QList<TrainingAttempt>> select(const QString &where, const QVariantList &params) const;

    const Database &m_db;
};

} // namespace xj
