// SPDX-License-Identifier: GPL-3.0-or-later
#include "escalation/EscalationApplier.h"

#include "core/WorkingCalendar.h"
#include "escalation/EscalationLogging.h"
#include "escalation/EscalationRepository.h"
#include "escalation/TrainingEnrollmentRepository.h"
#include "model/Site.h"
#include "storage/Database.h"
#include "storage/RoundRepository.h"
#include "storage/SiteRepository.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>

namespace xj {

EscalationApplier::EscalationApplier(const Database &database)
    : m_db(database)
{}

Result<EscalationOutcome> EscalationApplier::apply(qint64 roundId, const QList<EscalationDecision> &decisions,
                                                   const QDate &startDate, const QString &actor) const
{
    if (auto round = RoundRepository(m_db).get(roundId); !round)
        return round.error();
    // Everything is checked before anything is written, so one missing name names every site
    // that needs one and the office fixes the registry once.
    SiteRepository siteRepository(m_db);
    QHash<qint64, Site> sites;
    QStringList withoutPerson;
    bool anyEnroll = false;
    for (const EscalationDecision &d : decisions) {
        auto site = siteRepository.get(d.siteId);
        if (!site)
            return site.error();
        sites.insert(d.siteId, site.value());
        if (!d.enroll)
            continue;
        anyEnroll = true;
        if (site.value().personInCharge.trimmed().isEmpty())
            withoutPerson.append(site.value().name);
    }
    if (!withoutPerson.isEmpty())
        return Error{
            tr("No one can be enrolled in the training for %1: the registry names no person in charge. "
               "Fill in the person in charge in the registry (Sites ▸ Edit site…), or untick "
               "\"Enroll\" for that site, then apply again. Nothing was saved.")
                .arg(withoutPerson.join(tr(", "))),
            {}};
    if (anyEnroll && !startDate.isValid())
        return Error{tr("Choose the day the training starts, then apply again. Nothing was saved."), {}};

    EscalationRepository escalations(m_db);
    TrainingEnrollmentRepository enrollments(m_db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return withTransaction(m_db, [&]() -> Result<EscalationOutcome> {
        EscalationOutcome outcome;
        auto before = enrollments.forRound(roundId);
        if (!before)
            return before.error();
        for (const EscalationDecision &d : decisions) {
            const Site &site = sites.value(d.siteId);
            Escalation e;
            e.roundId = roundId;
            e.siteId = d.siteId;
            e.failedFindings = d.failedFindings;
            e.criticised = d.criticised;
            e.accountability = d.accountability;
            e.note = d.note;
            e.actor = actor;
            e.decidedAt = now;
            auto escalationId = escalations.save(e);
            if (!escalationId)
                return escalationId.error();
            ++outcome.decisions;

            const QString person = d.enroll ? site.personInCharge.trimmed() : QString();
            for (const TrainingEnrollment &t : before.value())
                outcome.cancelled +=
                    t.siteId == d.siteId && t.status == TrainingStatus::Enrolled && t.person != person;
            if (Status s = enrollments.cancelOthers(roundId, d.siteId, person); !s)
                return s.error();
            if (!d.enroll)
                continue;
            TrainingEnrollment t;
            t.person = person;
            t.phone = site.phone;
            t.unitId = site.unitId;
            t.siteId = site.id;
            t.roundId = roundId;
            t.escalationId = escalationId.value();
            t.startDate = startDate;
            if (auto id = enrollments.enroll(t); !id)
                return id.error();
            ++outcome.enrolled;
        }
        qCDebug(lcEscalation) << "round" << roundId << "escalated" << outcome.decisions << "sites, enrolled"
                              << outcome.enrolled << "cancelled" << outcome.cancelled;
        return outcome;
    });
}

Result<QDate> EscalationApplier::defaultStartDate(const QString &dataDirectory, const QDate &today)
{
    auto calendar = WorkingCalendar::forDataDirectory(dataDirectory);
    if (!calendar)
        return calendar.error();
    return calendar.value().addWorkingDays(today, 1);
}

} // namespace xj
