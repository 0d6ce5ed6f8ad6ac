// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "dashboard/DashboardFigures.h"
#include "report/ExportRequest.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>

class QChart;

namespace xj {

class Database;

enum class DashboardChart { ProblemsByCategory, ScoreRanking, Trend, Rectification, VetoFailures };

/// Draws the charts of a round's dashboard from DashboardFigures. The same function builds the
/// chart on screen and the picture exported, so a PNG or a report figure shows what the window
/// shows; pictures are always drawn at one fixed size, whatever the size of the window.
///
/// Series and values follow the figures one to one, so a click on element `i` means figure `i`:
/// problems by category is a pie (a slice per area), the ranking a horizontal stacked bar (one set
/// for qualified, one for unqualified sites, best site on top), the trend bars of problems with
/// lines for the pass rate and the mean score, rectification one bar set of passed / failed /
/// pending / overdue, veto failures one bar set with a bar per item.
class DashboardCharts
{
    Q_DECLARE_TR_FUNCTIONS(xj::DashboardCharts)
public:
    static constexpr QSize ExportSize{1600, 900};

    static QList<DashboardChart> all();
    /// The QChartView's objectName, e.g. "problemsByCategoryChart".
    static QString objectName(DashboardChart chart);
    static QString title(DashboardChart chart);
    /// e.g. "problems-by-category.png".
    static QString fileName(DashboardChart chart);

    /// A new chart; the caller owns it (or hands it to a QChartView).
    static QChart *create(DashboardChart chart, const DashboardFigures &figures);
    /// The chart drawn on white at `size`, without any window.
    static QImage render(DashboardChart chart, const DashboardFigures &figures, QSize size = ExportSize);
    /// Every chart of the round as PNG files in `folder`, for the round report's charts section.
    static Result<QList<ReportChart>> renderForReport(const Database &database, const QString &dataDirectory,
                                                      qint64 roundId, const QString &folder);

    /// The ranking is drawn best site on top, so bar `index` of its sets is ranking entry:
    static int rankingIndex(const DashboardFigures &figures, int barIndex)
    {
        return int(figures.ranking.size()) - 1 - barIndex;
    }

private:
    static QChart *problemsByCategory(const DashboardFigures &figures);
    static QChart *scoreRanking(const DashboardFigures &figures);
    static QChart *trend(const DashboardFigures &figures);
    static QChart *rectification(const DashboardFigures &figures);
    static QChart *vetoFailures(const DashboardFigures &figures);
};

} // namespace xj
