// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoPreviousRound.h"

#include "core/WorkingCalendar.h"
#include "demo/DemoRecords.h"
#include "inspection/RoundSetup.h"
#include "lifecycle/FindingLifecycle.h"
#include "model/Notice.h"
#include "storage/FindingRepository.h"
#include "storage/NoticeRepository.h"

namespace xj {

namespace {

/// The first answer-key problem of a category.
const DemoProblem *problemOf(const DemoAnswerKey &key, const char *category)
{
    for (const DemoProblem &p : key.problems) {
        if (p.category == QLatin1String(category))
            return &p;
    }
    return nullptr;
}

Round previousQuarter(const QDate &today)
{
    const int quarter = (today.month() - 1) / 3;
    const QDate start = QDate(today.year(), quarter * 3 + 1, 1).addMonths(-3);
    const int previous = (start.month() - 1) / 3 + 1;
    Round round;
    round.kind = RoundKind::Quarterly;
    round.period = QStringLiteral("%1Q%2").arg(start.year()).arg(previous);
    round.name = DemoPreviousRound::tr("%1 Q%2 quarterly check (demo)").arg(start.year()).arg(previous);
    round.periodStart = start;
    round.periodEnd = start.addMonths(3).addDays(-1);
    round.inspectionDate = round.periodEnd.addDays(-20);
    round.team = DemoPreviousRound::tr("City e-government office, inspection team 1");
    return round;
}

} // namespace

Status DemoPreviousRound::create(const Database &database, const QString &dataDirectory, const QDate &today,
                                 const ChecklistLibrary::Entry *website,
                                 const ChecklistLibrary::Entry *newMedia, const DemoRoundSites &sites,
                                 const NoticeSettings &office)
{
    const Round round = previousQuarter(today);
    auto roundId = RoundSetup::create(database, round, website, newMedia);
    if (!roundId)
        return roundId.error();
    const qint64 id = roundId.value();

    // The clean site and the account passed everything; the planted site failed a veto item.
    QStringList cleanCodes;
    for (int i = 1; i <= 6; ++i)
        cleanCodes << QStringLiteral("W-V%1").arg(i);
    for (int i = 1; i <= 13; ++i)
        cleanCodes << QStringLiteral("W-D%1").arg(i);
    for (const QString &code : cleanCodes) {
        if (Status s = saveDemoVerdict(database, id, sites.clean, code, VerdictValue::Pass, 0, {}); !s)
            return s;
    }
    if (Status s = saveDemoVerdict(database, id, sites.clean, QStringLiteral("W-A"),
                                   VerdictValue::NotApplicable, 0, {});
        !s)
        return s;
    for (const char *code : {"M-V1", "M-V2", "M-V3"}) {
        if (Status s = saveDemoVerdict(database, id, sites.account, QString::fromLatin1(code),
                                       VerdictValue::Pass, 0, {});
            !s)
            return s;
    }
    if (Status s = saveDemoVerdict(database, id, sites.planted, QStringLiteral("W-V4"), VerdictValue::Fail, 0,
                                   tr("A first-level column not updated for more than six months."));
        !s)
        return s;

    // Four problems of the planted site: each ends the quarter in a different state.
    struct Planned
    {
        const char *category;
        FindingState end;
    };
    const Planned planned[] = {{"P07", FindingState::RecheckPassed},
                               {"P03", FindingState::RecheckFailed},
                               {"P14", FindingState::Notified},
                               {"P13", FindingState::FalsePositive}};
    const FindingRepository findings(database);
    const FindingLifecycle lifecycle(database, dataDirectory);
    const QString who = demoInspector();

    auto calendar = WorkingCalendar::forDataDirectory(dataDirectory);
    if (!calendar)
        return calendar.error();
    const QDate issuedOn = calendar.value().addWorkingDays(round.inspectionDate, 2);
    const QDate deadline = calendar.value().addWorkingDays(issuedOn, office.workingDays);
    auto notice = NoticeRepository(database).issue(id, sites.planted, issuedOn, office, deadline);
    if (!notice)
        return notice.error();

    int n = 0;
    for (const Planned &plan : planned) {
        const DemoProblem *problem = problemOf(sites.plantedKey, plan.category);
        if (!problem)
            continue;
        Finding f = demoFinding(*problem, id, sites.planted, sites.plantedUrl);
        f.foundAt = QDateTime(round.inspectionDate, QTime(9, 30 + 5 * n++)).toUTC();
        if (plan.end == FindingState::FalsePositive)
            f.state = FindingState::Candidate;
        auto findingId = findings.create(f, who);
        if (!findingId)
            return findingId.error();
        const qint64 fid = findingId.value();
        if (plan.end == FindingState::FalsePositive) {
            if (Status s = lifecycle.transition(fid, FindingState::FalsePositive, who,
                                                tr("The page shows the text on purpose."));
                !s)
                return s;
            continue;
        }
        if (Status s = lifecycle.transition(fid, FindingState::Notified, who,
                                            tr("Rectification notice %1").arg(notice.value().number));
            !s)
            return s;
        if (plan.end == FindingState::Notified)
            continue; // never answered: overdue since the deadline
        FeedbackRecord feedback;
        feedback.findingId = fid;
        feedback.receivedOn = calendar.value().addWorkingDays(issuedOn, 6);
        feedback.body = plan.end == FindingState::RecheckPassed
                            ? QStringLiteral("已删除失效链接，并对全站链接进行了排查。")
                            : QStringLiteral("已安排专人负责该栏目的内容更新。");
        feedback.actor = who;
        if (auto s = lifecycle.recordFeedback(feedback); !s)
            return s.error();
        RecheckRecord recheck;
        recheck.findingId = fid;
        recheck.passed = plan.end == FindingState::RecheckPassed;
        recheck.note = recheck.passed ? tr("The link now opens the right page.")
                                      : tr("The column still shows nothing newer than six months.");
        recheck.at = QDateTime(calendar.value().addWorkingDays(deadline, 2), QTime(10, 0)).toUTC();
        recheck.actor = who;
        if (auto s = lifecycle.recordRecheck(recheck); !s)
            return s.error();
    }
    return Status::success();
}

} // namespace xj
