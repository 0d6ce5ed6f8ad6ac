// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ProblemListBuilder.h"

namespace xj {

QList<ProblemListSheet> ProblemListBuilder::sheets(const RoundData &data)
{
    QList<ProblemListSheet> sheets;
    for (const SiteRoundData &s : data.sites) {
        if (s.problems.isEmpty())
            continue;
        ProblemListSheet sheet;
        sheet.siteName = s.site.name;
        int number = 0;
        for (const ReportProblem &p : s.problems) {
            ProblemListRow row;
            row.number = ++number;
            row.siteName = s.site.name;
            row.siteUrl = s.site.url.isEmpty() ? s.site.accountId : s.site.url;
            row.siteCode = s.site.siteCode;
            row.unitName = s.unit.name;
            row.itemCode = p.finding.itemCode;
            row.itemTitle = p.itemTitle;
            row.judgement = FindingSeverities.label(p.finding.severity);
            row.description = p.finding.description;
            row.pageUrl = p.finding.url;
            row.foundAt = p.finding.foundAt;
            row.state = FindingStates.label(p.finding.state);
            row.inspector = p.finding.inspector;
            row.screenshotPath = p.screenshotPath;
            sheet.rows.append(row);
        }
        sheets.append(sheet);
    }
    return sheets;
}

} // namespace xj
