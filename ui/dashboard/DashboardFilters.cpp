// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/DashboardFilters.h"

#include "dashboard/DashboardLoader.h"

namespace xj {

QSet<int> DashboardFilters::problemStates()
{
    QSet<int> states;
    for (FindingState s : FindingStates.values()) {
        if (DashboardLoader::isProblem(s))
            states.insert(int(s));
    }
    return states;
}

std::optional<FindingFilterProxy::Restriction>
DashboardFilters::forElement(DashboardChart chart, const DashboardFigures &figures, int index)
{
    FindingFilterProxy::Restriction r;
    switch (chart) {
    case DashboardChart::ProblemsByCategory: {
        if (index < 0 || index >= figures.categories.size())
            return std::nullopt;
        const CategoryCount &c = figures.categories.at(index);
        r.label = tr("category \"%1\"").arg(c.title);
        r.itemCodes = c.areaId.isEmpty() ? QSet<QString>{QString()}
                                         : QSet<QString>(c.itemCodes.cbegin(), c.itemCodes.cend());
        r.states = problemStates();
        return r;
    }
    case DashboardChart::ScoreRanking: {
        const int rank = DashboardCharts::rankingIndex(figures, index);
        if (rank < 0 || rank >= figures.ranking.size())
            return std::nullopt;
        r.label = tr("site \"%1\"").arg(figures.ranking.at(rank).siteName);
        r.siteId = figures.ranking.at(rank).siteId;
        r.states = problemStates();
        return r;
    }
    case DashboardChart::Rectification:
        switch (index) {
        case 0:
            r.label = tr("re-check passed");
            r.states = {int(FindingState::RecheckPassed)};
            return r;
        case 1:
            r.label = tr("re-check failed");
            r.states = {int(FindingState::RecheckFailed)};
            return r;
        case 2:
            r.label = tr("rectification pending");
            for (FindingState s : FindingStates.values()) {
                if (DashboardLoader::pendingRectification(s))
                    r.states.insert(int(s));
            }
            return r;
        case 3:
            r.label = tr("overdue");
            r.findingIds = QSet<qint64>(figures.overdueFindingIds.cbegin(), figures.overdueFindingIds.cend());
            return r;
        default:
            return std::nullopt;
        }
    case DashboardChart::VetoFailures: {
        if (index < 0 || index >= figures.vetoFailures.size())
            return std::nullopt;
        const VetoFailure &v = figures.vetoFailures.at(index);
        r.label = tr("veto item %1 %2").arg(v.itemCode, v.title);
        r.itemCodes = QSet<QString>{v.itemCode};
        r.states = problemStates();
        return r;
    }
    case DashboardChart::Trend:
        break;
    }
    return std::nullopt;
}

} // namespace xj
