// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/DashboardCharts.h"
#include "findings/FindingFilterProxy.h"

#include <QMap>
#include <QWidget>

class QChartView;
class QLabel;

namespace xj {

class Database;

/// The dashboard of a round in a window of its own, beside the workbench: problems by category,
/// the score ranking, the quarter-over-quarter trend, rectification with overdue findings, and
/// veto failures. A click on a slice or a bar asks the findings list to show those findings;
/// "Export PNG…" saves one chart and "Export all as PNG…" every chart into a folder, always at
/// DashboardCharts::ExportSize.
class DashboardWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardWindow)
public:
    DashboardWindow(const Database &database, const QString &dataDirectory, QWidget *parent = nullptr);

    qint64 roundId() const { return m_roundId; }
    const DashboardFigures &figures() const { return m_figures; }
    QChartView *chartView(DashboardChart chart) const { return m_views.value(chart); }

    /// Writes one chart as a PNG; false (with a message box unless `quiet`) when it could not.
    bool exportChart(DashboardChart chart, const QString &path, bool quiet = false);
    /// Writes every chart into `folder` under DashboardCharts::fileName; the paths written.
    QStringList exportAll(const QString &folder, bool quiet = false);

public slots:
    void setRound(qint64 roundId);
    /// Reads the round's figures again and redraws every chart.
    void refresh();
    void chooseAndExportChart(xj::DashboardChart chart);
    void chooseAndExportAll();

signals:
    void filterRequested(const xj::FindingFilterProxy::Restriction &restriction);

private:
    QWidget *createChartPanel(DashboardChart chart);
    void showChart(DashboardChart chart);
    void elementClicked(DashboardChart chart, int index);

    const Database &m_db;
    QString m_dataDirectory;
    qint64 m_roundId = 0;
    DashboardFigures m_figures;
    QMap<DashboardChart, QChartView *> m_views;
    QLabel *m_status;
};

} // namespace xj
