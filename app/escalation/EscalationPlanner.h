// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "escalation/Escalation.h"
#include "escalation/TrainingEnrollment.h"
#include "model/Site.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace xj {

class Database;

/// A site the office should escalate for a round, with what the dialog proposes to decide: the
/// stored decision when there is one, otherwise criticise, recommend accountability in the office's
/// wording and enroll the person in charge.
struct EscalationProposal
{
    Site site; ///< as in the registry now: its person in charge and phone are the ones enrolled
    QString unitName;
    int failedFindings = 0; ///< the round's problems that failed re-check
    bool criticise = true;
    QString accountability;
    bool enroll = true;
    std::optional<Escalation> saved;              ///< the decision already stored
    std::optional<TrainingEnrollment> enrollment; ///< the stored enrollment that is not cancelled
};

/// Finds the sites to escalate after a round's re-check: those with at least one problem of the
/// round that failed re-check, in the round itself or in a later round it was carried forward to
/// (a re-check round). A problem carried forward twice still counts once for its site.
class EscalationPlanner
{
    Q_DECLARE_TR_FUNCTIONS(xj::EscalationPlanner)
public:
    /// app_meta key of the office's accountability wording.
    static constexpr const char *AccountabilityKey = "escalation.accountability";

    /// [R] The wording is not fixed by any national rule we could verify: every office words its
    /// 问责 recommendation itself, so this is only the starting text (edited in the dialog).
    /// Chinese whatever language the window speaks, as the report it goes into is. {unit} and
    /// {site} stand for the host unit and the site.
    static QString defaultAccountabilityWording();
    static Result<QString> accountabilityWording(const Database &database);
    /// Saves the office's wording; empty text restores the default.
    static Status setAccountabilityWording(const Database &database, const QString &wording);
    /// The wording with {unit} and {site} filled in.
    static QString recommendation(const QString &wording, const QString &unitName, const QString &siteName);

    /// Site id → how many of the round's problems failed re-check (none: not in the hash).
    static Result<QHash<qint64, int>> failedFindingsBySite(const Database &database, qint64 roundId);
    /// The sites to escalate, by site name, and sites with a stored decision that no longer fail
    /// (so the office sees and can revise every decision of the round).
    static Result<QList<EscalationProposal>> propose(const Database &database, qint64 roundId);
};

} // namespace xj
