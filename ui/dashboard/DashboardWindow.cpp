// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/DashboardWindow.h"

#include "common/ErrorDialog.h"
#include "dashboard/DashboardFilters.h"
#include "dashboard/DashboardLoader.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPieSeries>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace xj {

DashboardWindow::DashboardWindow(const Database &database, const QString &dataDirectory, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_db(database)
    , m_dataDirectory(dataDirectory)
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("dashboardWindow"));
    setWindowTitle(tr("Dashboard"));
    resize(1280, 860);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_status->setWordWrap(true);
    auto *refresh = new QPushButton(tr("Refresh"), this);
    refresh->setObjectName(QStringLiteral("dashboardRefreshButton"));
    refresh->setToolTip(tr("Read the round's findings and verdicts again"));
    auto *exportAll = new QPushButton(tr("Export all as PNG…"), this);
    exportAll->setObjectName(QStringLiteral("dashboardExportAllButton"));
    exportAll->setToolTip(tr("Save every chart as a picture of %1 × %2 pixels into a folder")
                              .arg(DashboardCharts::ExportSize.width())
                              .arg(DashboardCharts::ExportSize.height()));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(refresh);
    bar->addWidget(exportAll);

    auto *grid = new QGridLayout;
    const QList<DashboardChart> charts = DashboardCharts::all();
    for (int i = 0; i < charts.size(); ++i)
        grid->addWidget(createChartPanel(charts.at(i)), i / 2, i % 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(grid, 1);

    connect(refresh, &QPushButton::clicked, this, &DashboardWindow::refresh);
    connect(exportAll, &QPushButton::clicked, this, &DashboardWindow::chooseAndExportAll);
}

QWidget *DashboardWindow::createChartPanel(DashboardChart chart)
{
    auto *panel = new QWidget(this);
    auto *view = new QChartView(panel);
    view->setObjectName(DashboardCharts::objectName(chart));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(400, 260);
    m_views.insert(chart, view);
    auto *save = new QToolButton(panel);
    save->setObjectName(DashboardCharts::objectName(chart) + QStringLiteral("Export"));
    save->setText(tr("Export PNG…"));
    save->setToolTip(tr("Save this chart as a picture of %1 × %2 pixels")
                         .arg(DashboardCharts::ExportSize.width())
                         .arg(DashboardCharts::ExportSize.height()));
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view, 1);
    layout->addWidget(save, 0, Qt::AlignRight);
    connect(save, &QToolButton::clicked, this, [this, chart] { chooseAndExportChart(chart); });
    return panel;
}

void DashboardWindow::setRound(qint64 roundId)
{
    m_roundId = roundId;
    refresh();
}

void DashboardWindow::refresh()
{
    auto figures = DashboardLoader::load(m_db, m_dataDirectory, m_roundId);
    if (!figures) {
        m_figures = DashboardFigures{};
        m_status->setText(tr("The dashboard could not be drawn: %1").arg(figures.error().message));
    } else {
        m_figures = figures.value();
        setWindowTitle(tr("Dashboard — %1").arg(m_figures.round.name));
        m_status->setText(tr("%1, inspected %2. Click a slice or a bar to list those findings.")
                              .arg(m_figures.round.name,
                                   QLocale().toString(m_figures.round.inspectionDate, QLocale::ShortFormat)));
    }
    for (DashboardChart chart : DashboardCharts::all())
        showChart(chart);
}

void DashboardWindow::showChart(DashboardChart chart)
{
    QChartView *view = m_views.value(chart);
    QChart *old = view->chart();
    QChart *fresh = DashboardCharts::create(chart, m_figures);
    view->setChart(fresh); // the view owns the new chart; the old one is ours to delete
    delete old;
    for (QAbstractSeries *series : fresh->series()) {
        // Each set and slice says it was clicked, so a click works on any of them.
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                connect(set, &QBarSet::clicked, this,
                        [this, chart](int index) { elementClicked(chart, index); });
        } else if (auto *pie = qobject_cast<QPieSeries *>(series)) {
            const QList<QPieSlice *> slices = pie->slices();
            for (int i = 0; i < slices.size(); ++i)
                connect(slices.at(i), &QPieSlice::clicked, this,
                        [this, chart, i] { elementClicked(chart, i); });
        }
    }
}

void DashboardWindow::elementClicked(DashboardChart chart, int index)
{
    if (auto restriction = DashboardFilters::forElement(chart, m_figures, index))
        emit filterRequested(*restriction);
}

bool DashboardWindow::exportChart(DashboardChart chart, const QString &path, bool quiet)
{
    if (DashboardCharts::render(chart, m_figures).save(path, "PNG"))
        return true;
    if (!quiet)
        showError(this, tr("Export PNG"),
                  Error{tr("Could not write %1. Choose a folder you can write to and check that the disk has "
                           "room.")
                            .arg(QDir::toNativeSeparators(path)),
                        {}});
    return false;
}

QStringList DashboardWindow::exportAll(const QString &folder, bool quiet)
{
    QStringList written;
    QDir().mkpath(folder); // a folder that does not exist yet is made, as a file dialog would
    for (DashboardChart chart : DashboardCharts::all()) {
        const QString path = QDir(folder).filePath(DashboardCharts::fileName(chart));
        if (!exportChart(chart, path, quiet))
            break;
        written << path;
    }
    return written;
}

void DashboardWindow::chooseAndExportChart(DashboardChart chart)
{
    const QString suggested = QDir::home().filePath(
        QStringLiteral("%1-%2").arg(m_figures.round.name, DashboardCharts::fileName(chart)));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export PNG"), suggested, tr("PNG pictures (*.png)"));
    if (!path.isEmpty() && exportChart(chart, path))
        m_status->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

void DashboardWindow::chooseAndExportAll()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export all charts as PNG"));
    if (folder.isEmpty())
        return;
    const QStringList written = exportAll(folder);
    if (written.size() == DashboardCharts::all().size())
        m_status->setText(tr("Saved %n chart(s) in %1", nullptr, int(written.size()))
                              .arg(QDir::toNativeSeparators(folder)));
}

} // namespace xj
