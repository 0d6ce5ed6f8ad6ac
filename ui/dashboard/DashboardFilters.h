// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/DashboardCharts.h"
#include "findings/FindingFilterProxy.h"

#include <QCoreApplication>

#include <optional>

namespace xj {

/// What a click on a chart element asks the findings list to show, by the same definitions the
/// figure was counted with (DashboardLoader), so the list has as many rows as the bar is high:
/// a category → the problems on its items, a ranked site → its problems, re-check passed / failed /
/// pending → the findings in those states, overdue → the overdue findings, a veto item → its
/// problems. The trend shows other rounds, so its elements ask for nothing.
class DashboardFilters
{
    Q_DECLARE_TR_FUNCTIONS(xj::DashboardFilters)
public:
    static std::optional<FindingFilterProxy::Restriction>
    forElement(DashboardChart chart, const DashboardFigures &figures, int index);

private:
    static QSet<int> problemStates();
};

} // namespace xj
