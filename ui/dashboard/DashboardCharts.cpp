// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/DashboardCharts.h"

#include "checklist/ScoreCalculator.h"
#include "core/EnumTable.h"
#include "dashboard/DashboardLoader.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDir>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QPainter>
#include <QPieSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace xj {

namespace {

// Chinese names and titles need a CJK face; the application font may be a Latin one, so Noto CJK
// is named as the fallback (it is what the installers ship and depend on).
QFont chartFont(int pointSize, bool bold = false)
{
    QFont font = QApplication::font();
    font.setFamilies({font.family(), QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans SC")});
    font.setPointSize(pointSize);
    font.setBold(bold);
    return font;
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setTitleFont(chartFont(13, true));
    chart->legend()->setFont(chartFont(10));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    return chart;
}

QBarCategoryAxis *categoryAxis(const QStringList &categories)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    axis->setLabelsFont(chartFont(10));
    return axis;
}

QValueAxis *valueAxis(double max, const QString &title = {})
{
    auto *axis = new QValueAxis;
    axis->setRange(0, max);
    axis->setLabelsFont(chartFont(10));
    axis->setTitleText(title);
    axis->setTitleFont(chartFont(10));
    axis->setLabelFormat(QStringLiteral("%g"));
    return axis;
}

/// At least 1 so an empty chart still has an axis; a little room above the tallest bar.
double axisMax(double highest)
{
    return std::max(1.0, std::ceil(highest * 1.15));
}

QString percentText(double ratio)
{
    return QString::number(ratio * 100, 'f', 1) + QLatin1Char('%');
}

} // namespace

namespace {

// Each chart's file name (its stored code) and title, in one table; the objectName is derived.
constexpr EnumTable<DashboardChart, 5> Charts{
    "xj::DashboardCharts",
    {{{DashboardChart::ProblemsByCategory, "problems-by-category",
       QT_TRANSLATE_NOOP("xj::DashboardCharts", "Problems by category")},
      {DashboardChart::ScoreRanking, "score-ranking",
       QT_TRANSLATE_NOOP("xj::DashboardCharts", "Site score ranking")},
      {DashboardChart::Trend, "trend",
       QT_TRANSLATE_NOOP("xj::DashboardCharts", "Quarter-over-quarter trend")},
      {DashboardChart::Rectification, "rectification",
       QT_TRANSLATE_NOOP("xj::DashboardCharts", "Rectification")},
      {DashboardChart::VetoFailures, "veto-failures",
       QT_TRANSLATE_NOOP("xj::DashboardCharts", "Veto failures")}}}};

} // namespace

QList<DashboardChart> DashboardCharts::all()
{
    return Charts.values();
}

QString DashboardCharts::objectName(DashboardChart chart)
{
    // "problems-by-category" → "problemsByCategoryChart"
    const QStringList words = Charts.code(chart).split(QLatin1Char('-'));
    QString name = words.first();
    for (qsizetype i = 1; i < words.size(); ++i)
        name += words.at(i).left(1).toUpper() + words.at(i).mid(1);
    return name + QStringLiteral("Chart");
}

QString DashboardCharts::title(DashboardChart chart)
{
    return Charts.label(chart);
}

QString DashboardCharts::fileName(DashboardChart chart)
{
    return Charts.code(chart) + QStringLiteral(".png");
}

QChart *DashboardCharts::create(DashboardChart chart, const DashboardFigures &figures)
{
    switch (chart) {
    case DashboardChart::ProblemsByCategory:
        return problemsByCategory(figures);
    case DashboardChart::ScoreRanking:
        return scoreRanking(figures);
    case DashboardChart::Trend:
        return trend(figures);
    case DashboardChart::Rectification:
        return rectification(figures);
    case DashboardChart::VetoFailures:
        break;
    }
    return vetoFailures(figures);
}

QChart *DashboardCharts::problemsByCategory(const DashboardFigures &figures)
{
    int total = 0;
    auto *series = new QPieSeries;
    for (const CategoryCount &c : figures.categories) {
        QPieSlice *slice = series->append(tr("%1: %2").arg(c.title).arg(c.problems), c.problems);
        slice->setLabelVisible(true);
        slice->setLabelFont(chartFont(10));
        total += c.problems;
    }
    series->setPieSize(0.62);
    QChart *chart = newChart(total > 0 ? tr("Problems by category (%n in all)", nullptr, total)
                                       : tr("Problems by category: none found"));
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

QChart *DashboardCharts::scoreRanking(const DashboardFigures &figures)
{
    auto *qualified = new QBarSet(tr("Qualified"));
    auto *unqualified = new QBarSet(tr("Unqualified"));
    QStringList names;
    double highest = 100;
    // Bottom to top: the best site ends up on top.
    for (qsizetype i = figures.ranking.size() - 1; i >= 0; --i) {
        const SiteScore &s = figures.ranking.at(i);
        const double score = s.score.value_or(0);
        highest = std::max(highest, score);
        *qualified << (s.outcome == ScoreOutcome::Pass ? score : 0);
        *unqualified << (s.outcome == ScoreOutcome::Pass ? 0 : score);
        const QString result = s.score ? ScoreCalculator::formatPoints(*s.score) : tr("veto");
        names << tr("%1. %2 (%3)").arg(i + 1).arg(s.siteName, result);
    }
    qualified->setColor(QColor(0x2e, 0x7d, 0x32));
    unqualified->setColor(QColor(0xc6, 0x28, 0x28));
    auto *series = new QHorizontalStackedBarSeries;
    series->append({qualified, unqualified});
    // Sites are ranked once their result is final; until then the chart says why it is empty.
    QChart *chart = newChart(figures.ranking.isEmpty() ? tr("Site score ranking: no final scores yet")
                                                       : title(DashboardChart::ScoreRanking));
    chart->addSeries(series);
    QBarCategoryAxis *sites = categoryAxis(names);
    QValueAxis *scores = valueAxis(highest, tr("Score"));
    chart->addAxis(sites, Qt::AlignLeft);
    chart->addAxis(scores, Qt::AlignBottom);
    series->attachAxis(sites);
    series->attachAxis(scores);
    return chart;
}

QChart *DashboardCharts::trend(const DashboardFigures &figures)
{
    auto *problems = new QBarSet(tr("Problems found"));
    auto *passRate = new QLineSeries;
    passRate->setName(tr("Pass rate (%)"));
    auto *average = new QLineSeries;
    average->setName(tr("Average score"));
    QStringList rounds;
    double highest = 0;
    for (int i = 0; i < figures.trend.size(); ++i) {
        const TrendPoint &p = figures.trend.at(i);
        *problems << p.problems;
        highest = std::max<double>(highest, p.problems);
        // A round where no site is decided yet has no pass rate; 0 % would read as "all failed".
        if (p.passed + p.failed > 0)
            passRate->append(i, p.passRate() * 100);
        if (p.averageScore)
            average->append(i, *p.averageScore);
        rounds << p.roundName;
    }
    passRate->setColor(QColor(0x2e, 0x7d, 0x32));
    average->setColor(QColor(0xef, 0x6c, 0x00));
    for (QLineSeries *line : {passRate, average}) {
        line->setPointsVisible(true);
        line->setMarkerSize(10);
        QPen pen = line->pen();
        pen.setWidth(3);
        line->setPen(pen);
    }
    auto *bars = new QBarSeries;
    bars->append(problems);
    bars->setBarWidth(figures.trend.size() > 1 ? 0.6 : 0.3);
    bars->setLabelsVisible(true);
    QChart *chart = newChart(title(DashboardChart::Trend));
    chart->addSeries(bars);
    chart->addSeries(passRate);
    chart->addSeries(average);
    QBarCategoryAxis *axis = categoryAxis(rounds);
    QValueAxis *count = valueAxis(axisMax(highest), tr("Problems"));
    QValueAxis *percent = valueAxis(100, tr("Pass rate % / score"));
    chart->addAxis(axis, Qt::AlignBottom);
    chart->addAxis(count, Qt::AlignLeft);
    chart->addAxis(percent, Qt::AlignRight);
    bars->attachAxis(axis);
    bars->attachAxis(count);
    for (QLineSeries *line : {passRate, average}) {
        line->attachAxis(axis);
        line->attachAxis(percent);
    }
    return chart;
}

QChart *DashboardCharts::rectification(const DashboardFigures &figures)
{
    const RectificationCounts &r = figures.rectification;
    auto *set = new QBarSet(tr("Findings"));
    *set << r.passed << r.failed << r.pending << figures.overdue;
    set->setColor(QColor(0x15, 0x65, 0xc0));
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    const QString heading = r.total() > 0 ? tr("Rectification: %1 put right").arg(percentText(r.rate()))
                                          : tr("Rectification: nothing to put right");
    QChart *chart = newChart(heading);
    chart->addSeries(series);
    QBarCategoryAxis *axis =
        categoryAxis({tr("Re-check passed"), tr("Re-check failed"), tr("Pending"), tr("Overdue")});
    QValueAxis *count = valueAxis(axisMax(std::max({r.passed, r.failed, r.pending, figures.overdue})));
    chart->addAxis(axis, Qt::AlignBottom);
    chart->addAxis(count, Qt::AlignLeft);
    series->attachAxis(axis);
    series->attachAxis(count);
    chart->legend()->hide();
    return chart;
}

QChart *DashboardCharts::vetoFailures(const DashboardFigures &figures)
{
    auto *set = new QBarSet(tr("Sites"));
    set->setColor(QColor(0xc6, 0x28, 0x28));
    QStringList items;
    int highest = 0;
    for (const VetoFailure &v : figures.vetoFailures) {
        *set << v.sites;
        highest = std::max(highest, v.sites);
        items << tr("%1 %2").arg(v.itemCode, v.title.left(10));
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    QChart *chart = newChart(figures.vetoFailures.isEmpty() ? tr("Veto failures: none")
                                                            : title(DashboardChart::VetoFailures));
    chart->addSeries(series);
    QBarCategoryAxis *axis = categoryAxis(items);
    QValueAxis *count = valueAxis(axisMax(highest), tr("Sites"));
    chart->addAxis(axis, Qt::AlignBottom);
    chart->addAxis(count, Qt::AlignLeft);
    series->attachAxis(axis);
    series->attachAxis(count);
    chart->legend()->hide();
    return chart;
}

QImage DashboardCharts::render(DashboardChart chart, const DashboardFigures &figures, QSize size)
{
    // A scene of its own: the picture never depends on a window or on its size. It is laid out at
    // half the size and drawn at twice the pixel density, so its text stays readable when a
    // report scales the picture down to the width of a page.
    constexpr qreal Density = 2;
    QGraphicsScene scene;
    QChart *c = create(chart, figures);
    scene.addItem(c);
    const QRectF area(QPointF(0, 0), QSizeF(size) / Density);
    c->setGeometry(area);
    if (c->layout())
        c->layout()->activate();
    scene.setSceneRect(area);
    QImage image(size, QImage::Format_RGB32);
    image.setDevicePixelRatio(Density);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, area, area);
    painter.end();
    image.setDevicePixelRatio(1); // a plain 1600 × 900 picture for files and documents
    return image;
}

Result<QList<ReportChart>> DashboardCharts::renderForReport(const Database &database,
                                                            const QString &dataDirectory, qint64 roundId,
                                                            const QString &folder)
{
    auto figures = DashboardLoader::load(database, dataDirectory, roundId);
    if (!figures)
        return figures.error();
    if (!QDir().mkpath(folder))
        return Error{
            tr("Could not create the folder %1 for the report's charts. Check that the disk has room.")
                .arg(QDir::toNativeSeparators(folder)),
            {}};
    QList<ReportChart> charts;
    for (DashboardChart chart : all()) {
        const QString path = QDir(folder).filePath(fileName(chart));
        if (!render(chart, figures.value()).save(path, "PNG"))
            return Error{tr("Could not write the chart picture %1. Check that the disk has room.")
                             .arg(QDir::toNativeSeparators(path)),
                         {}};
        charts.append({title(chart), path});
    }
    return charts;
}

} // namespace xj
