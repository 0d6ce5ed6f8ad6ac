// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace xj {

class Database;

/// What the office decided for one site of a round.
struct EscalationDecision
{
    qint64 siteId = 0;
    int failedFindings = 0;
    bool criticised = true;
    QString accountability;
    /// Send the site's person in charge (as the registry names them) to the remedial training.
    bool enroll = true;
    QString note;
};

/// What apply() wrote.
struct EscalationOutcome
{
    int decisions = 0; ///< escalations saved (new or revised)
    int enrolled = 0;  ///< persons enrolled or kept enrolled
    int cancelled = 0; ///< enrollments withdrawn because the box was unticked or the person changed
};

/// Saves the escalation decisions of a round and enrolls the persons in charge of the sites in the
/// five-day remedial training (脱岗跟班学习), all in one transaction. Applying again revises the
/// decisions and never enrolls anyone twice.
class EscalationApplier
{
    Q_DECLARE_TR_FUNCTIONS(xj::EscalationApplier)
public:
    explicit EscalationApplier(const Database &database);

    /// Refuses, writing nothing, when a site to enroll has no person in charge in the registry.
    Result<EscalationOutcome> apply(qint64 roundId, const QList<EscalationDecision> &decisions,
                                    const QDate &startDate, const QString &actor) const;

    /// The next working day after `today` by the office's working calendar: the first day the
    /// training can start.
    static Result<QDate> defaultStartDate(const QString &dataDirectory, const QDate &today);

private:
    const Database &m_db;
};

} // namespace xj
