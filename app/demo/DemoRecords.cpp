// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoRecords.h"

#include "storage/VerdictRepository.h"

namespace xj {

QString demoInspector()
{
    return QStringLiteral("演示检查员");
}

Finding demoFinding(const DemoProblem &problem, qint64 roundId, qint64 siteId, const QString &baseUrl)
{
    Finding f;
    f.roundId = roundId;
    f.siteId = siteId;
    f.itemCode = problem.checklistItem;
    f.url = baseUrl + problem.page;
    f.description = problem.description;
    // Where the problem is on the page, for the demo screenshots and "open page": a link is found
    // by its address, anything else by its text.
    if (problem.target.isEmpty())
        f.elementText = problem.text;
    else
        f.elementSelector = QStringLiteral("a[href=\"%1\"]").arg(problem.text);
    f.severity = problem.checklistItem.startsWith(QLatin1String("W-V")) ? FindingSeverity::Veto
                                                                        : FindingSeverity::Deduction;
    f.state = FindingState::Confirmed;
    f.inspector = demoInspector();
    return f;
}

Status saveDemoVerdict(const Database &db, qint64 roundId, qint64 siteId, const QString &code,
                       VerdictValue value, double points, const QString &note)
{
    Verdict v;
    v.roundId = roundId;
    v.siteId = siteId;
    v.itemCode = code;
    v.value = value;
    v.points = points;
    v.note = note;
    v.inspector = demoInspector();
    return VerdictRepository(db).save(v);
}

} // namespace xj
