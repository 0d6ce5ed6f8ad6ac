// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTest.h"
#include "TestDataDir.h"
#include "ZipEntries.h"
#include "app/GuiStartup.h"
#include "dashboard/DashboardCharts.h"
#include "dashboard/DashboardController.h"
#include "dashboard/DashboardLoader.h"
#include "dashboard/DashboardWindow.h"
#include "findings/FindingsPanel.h"
#include "mainwindow/MainWindow.h"
#include "report/ExportController.h"
#include "report/ExportPlanner.h"
#include "report/ReportPreviewDialog.h"
#include "storage/Database.h"
#include "storage/RoundRepository.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QBarSet>
#include <QChartView>
#include <QLabel>
#include <QMenu>
#include <QPieSeries>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>

using namespace xj;
using namespace GuiTest;

// The dashboard on the demo workspace, its findings put through the lifecycle by SQL (re-check
// passed and failed, notified with a notice past its deadline, one deleted): opened from the
// Rectification menu, every chart shows the loader's figures; clicking a slice or a bar narrows
// the findings list to as many rows as the test's own SQL counts; a chart exports as a
// 1600 × 900 PNG whatever the window's size; the round report previewed from the workbench
// carries the charts as pictures, which the exported Word file contains.
class TestDashboard : public QObject
{
    Q_OBJECT

    TestDataDir m_dir;
    Database m_db;
    qint64 m_roundId = 0;
    std::unique_ptr<MainWindow> m_window;
    DashboardWindow *m_dashboard = nullptr;

    int sqlCount(const QString &sql, const QVariantList &params = {})
    {
        auto q = m_db.exec(sql, params);
        if (!q || !q.value().next()) {
            qWarning() << sql << (q ? QString() : q.error().message);
            return -1;
        }
        return q.value().value(0).toInt();
    }

    void sql(const QString &statement, const QVariantList &params = {})
    {
        auto q = m_db.exec(statement, params);
        QVERIFY2(q.ok(), qPrintable(statement));
    }

    int listedFindings() const
    {
        return child<QTableView>(m_window->findingsPanel(), "findingsView")->model()->rowCount();
    }

    QList<qreal> barValues(DashboardChart chart, int set = 0) const
    {
        const auto *series =
            qobject_cast<QAbstractBarSeries *>(m_dashboard->chartView(chart)->chart()->series().value(0));
        QList<qreal> values;
        if (!series || series->barSets().size() <= set)
            return values;
        const QBarSet *bars = series->barSets().at(set);
        for (int i = 0; i < bars->count(); ++i)
            values << bars->at(i);
        return values;
    }

    QBarSet *barSet(DashboardChart chart, int set = 0) const
    {
        const auto *series =
            qobject_cast<QAbstractBarSeries *>(m_dashboard->chartView(chart)->chart()->series().value(0));
        return series ? series->barSets().value(set) : nullptr;
    }

    static const char *problemStates()
    {
        return "('confirmed', 'notified', 'fed_back', 'recheck_passed', 'recheck_failed')";
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(GuiStartup::openWorkspace(DataDirectory(m_dir.path()), m_db, true).ok());
        auto rounds = RoundRepository(m_db).all();
        QVERIFY(rounds.ok() && !rounds.value().isEmpty());
        m_roundId = rounds.value().first().id;

        // The demo's findings through the lifecycle, so every group of the charts has members.
        QList<std::pair<qint64, qint64>> findings; // id, site
        auto q = m_db.exec(
            QStringLiteral("SELECT id, site_id FROM findings WHERE round_id = ? AND deleted_at = '' "
                           "AND state = 'confirmed' ORDER BY id"),
            {m_roundId});
        QVERIFY(q.ok());
        while (q.value().next())
            findings.append({q.value().value(0).toLongLong(), q.value().value(1).toLongLong()});
        QVERIFY2(findings.size() >= 4, "the demo round has confirmed findings");
        const QStringList states{QStringLiteral("recheck_passed"), QStringLiteral("recheck_failed"),
                                 QStringLiteral("notified")};
        for (int i = 0; i < states.size(); ++i)
            sql(QStringLiteral("UPDATE findings SET state = ? WHERE id = ?"),
                {states.at(i), findings.at(i).first});
        sql(QStringLiteral("UPDATE findings SET deleted_at = '2026-11-01T00:00:00Z' WHERE id = ?"),
            {findings.at(3).first});
        for (int i : {1, 2})
            sql(QStringLiteral(
                    "INSERT OR IGNORE INTO notices (round_id, site_id, number, year, serial, issued_on, "
                    "working_days, deadline) VALUES (?, ?, ?, 2026, ?, '2026-01-05', 5, '2026-01-12')"),
                {m_roundId, findings.at(i).second, QStringLiteral("测试〔2026〕%1号").arg(900 + i), 900 + i});

        // Every website judged on every veto and deduction item (Pass unless the demo said otherwise),
        // one losing 47 points, so the ranking has qualified and unqualified sites.
        sql(QStringLiteral(
                "INSERT OR IGNORE INTO verdicts (round_id, site_id, item_id, value) SELECT r.id, s.id, "
                "ci.id, 'pass' FROM rounds r JOIN checklist_items ci ON ci.template_id = "
                "r.website_template_id JOIN sites s ON s.kind = 'website' WHERE r.id = ? AND ci.kind IN "
                "('veto', 'deduction')"),
            {m_roundId});
        sql(QStringLiteral(
                "UPDATE verdicts SET value = 'fail', points = 30 WHERE round_id = ? AND site_id = (SELECT "
                "min(id) FROM sites WHERE kind = 'website') AND item_id IN (SELECT ci.id FROM "
                "checklist_items ci JOIN rounds r ON r.website_template_id = ci.template_id WHERE r.id = ? "
                "AND ci.code IN ('W-D5', 'W-D7', 'W-D8'))"),
            {m_roundId, m_roundId});

        m_window = std::make_unique<MainWindow>(DataDirectory(m_dir.path()), m_db);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(m_window->currentRoundId(), m_roundId);
    }

    void cleanupTestCase() { m_window.reset(); }

    void opensFromTheMenuWithTheFigures()
    {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("dashboardAction"));
        QVERIFY(action);
        auto *menu = m_window->findChild<QMenu *>(QStringLiteral("rectificationMenu"));
        QVERIFY(menu && menu->actions().contains(action));
        action->trigger();
        m_dashboard = m_window->findChild<DashboardWindow *>(QStringLiteral("dashboardWindow"));
        QVERIFY(m_dashboard);
        QVERIFY(m_dashboard->isVisible());
        QVERIFY(m_dashboard->isWindow());
        QVERIFY(!m_dashboard->isModal());
        QCOMPARE(m_dashboard->roundId(), m_roundId);

        auto loaded = DashboardLoader::load(m_db, m_dir.path(), m_roundId);
        QVERIFY(loaded.ok());
        const DashboardFigures f = loaded.value();
        QVERIFY(!f.categories.isEmpty());
        QVERIFY(f.rectification.passed >= 1 && f.rectification.failed >= 1);
        QVERIFY(f.overdue >= 2);
        QVERIFY(std::any_of(f.ranking.cbegin(), f.ranking.cend(),
                            [](const SiteScore &s) { return s.outcome == ScoreOutcome::Pass; }));
        QVERIFY(std::any_of(f.ranking.cbegin(), f.ranking.cend(),
                            [](const SiteScore &s) { return s.outcome == ScoreOutcome::Fail; }));

        for (DashboardChart chart : DashboardCharts::all())
            QVERIFY(m_dashboard->findChild<QChartView *>(DashboardCharts::objectName(chart)));
        const auto *pie = qobject_cast<QPieSeries *>(
            m_dashboard->chartView(DashboardChart::ProblemsByCategory)->chart()->series().value(0));
        QVERIFY(pie);
        QCOMPARE(pie->count(), f.categories.size());
        for (int i = 0; i < f.categories.size(); ++i)
            QCOMPARE(pie->slices().at(i)->value(), qreal(f.categories.at(i).problems));

        const QList<qreal> qualified = barValues(DashboardChart::ScoreRanking, 0);
        const QList<qreal> unqualified = barValues(DashboardChart::ScoreRanking, 1);
        QCOMPARE(qualified.size(), f.ranking.size());
        for (int bar = 0; bar < qualified.size(); ++bar) {
            const SiteScore &s = f.ranking.at(DashboardCharts::rankingIndex(f, bar));
            QCOMPARE(qualified.at(bar) + unqualified.at(bar), s.score.value_or(0));
            QCOMPARE(unqualified.at(bar) > 0, s.outcome == ScoreOutcome::Fail && s.score.value_or(0) > 0);
        }
        QList<qreal> problems;
        for (const TrendPoint &p : f.trend)
            problems << p.problems;
        QCOMPARE(barValues(DashboardChart::Trend), problems);
        QCOMPARE(barValues(DashboardChart::Rectification),
                 (QList<qreal>{qreal(f.rectification.passed), qreal(f.rectification.failed),
                               qreal(f.rectification.pending), qreal(f.overdue)}));
        QList<qreal> veto;
        for (const VetoFailure &v : f.vetoFailures)
            veto << v.sites;
        QCOMPARE(barValues(DashboardChart::VetoFailures), veto);
    }

    void clickingFiltersTheFindings()
    {
        QVERIFY(m_dashboard);
        const DashboardFigures &f = m_dashboard->figures();
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("bottomTabs"));
        tabs->setCurrentIndex(tabs->count() - 1);
        auto *chip = child<QWidget>(m_window->findingsPanel(), "findingsRestrictionChip");
        auto *label = child<QLabel>(m_window->findingsPanel(), "findingsRestrictionLabel");
        QVERIFY(chip && label);
        QVERIFY(chip->isHidden());

        // A slice: the problems of that checklist area, every site of the round.
        const auto *pie = qobject_cast<QPieSeries *>(
            m_dashboard->chartView(DashboardChart::ProblemsByCategory)->chart()->series().value(0));
        const CategoryCount &category = f.categories.first();
        emit pie->slices().first()->clicked();
        QCOMPARE(tabs->currentWidget(), m_window->findingsPanel());
        QVERIFY(chip->isVisibleTo(m_window->findingsPanel()));
        QVERIFY2(label->text().contains(category.title), qPrintable(label->text()));
        const QString area = category.areaId.isEmpty()
                                 ? QStringLiteral("f.item_id IS NULL")
                                 : QStringLiteral("ci.area_id = '%1'").arg(category.areaId);
        const int inArea =
            sqlCount(QStringLiteral("SELECT count(*) FROM findings f LEFT JOIN checklist_items ci ON "
                                    "ci.id = f.item_id WHERE f.round_id = ? AND f.deleted_at = '' "
                                    "AND f.state IN %1 AND %2")
                         .arg(QLatin1String(problemStates()), area),
                     {m_roundId});
        QCOMPARE(listedFindings(), inArea);
        QCOMPARE(listedFindings(), category.problems);

        // Rectification bars: re-check passed, then overdue.
        emit barSet(DashboardChart::Rectification)->clicked(0);
        QCOMPARE(listedFindings(),
                 sqlCount(QStringLiteral(
                              "SELECT count(*) FROM findings WHERE round_id = ? AND deleted_at = '' AND "
                              "state = 'recheck_passed'"),
                          {m_roundId}));
        emit barSet(DashboardChart::Rectification)->clicked(3);
        const int overdue = sqlCount(
            QStringLiteral(
                "SELECT count(*) FROM findings f JOIN notices n ON n.round_id = f.round_id AND n.site_id = "
                "f.site_id WHERE f.round_id = ? AND f.deleted_at = '' AND f.state IN ('notified', "
                "'recheck_failed') AND n.deadline < ?"),
            {m_roundId, QDate::currentDate().toString(Qt::ISODate)});
        QCOMPARE(listedFindings(), overdue);
        QVERIFY(overdue >= 2);

        // The best site of the ranking: its problems only.
        if (!f.ranking.isEmpty()) {
            emit barSet(DashboardChart::ScoreRanking, 0)->clicked(int(f.ranking.size()) - 1);
            QCOMPARE(listedFindings(),
                     sqlCount(QStringLiteral(
                                  "SELECT count(*) FROM findings WHERE round_id = ? AND site_id = ? AND "
                                  "deleted_at = '' AND state IN %1")
                                  .arg(QLatin1String(problemStates())),
                              {m_roundId, f.ranking.first().siteId}));
            QVERIFY(label->text().contains(f.ranking.first().siteName));
        }

        // ✕ takes the filter away: every live finding of the round again.
        QTest::mouseClick(child<QToolButton>(m_window->findingsPanel(), "findingsRestrictionClear"),
                          Qt::LeftButton);
        QVERIFY(chip->isHidden());
        QCOMPARE(
            listedFindings(),
            sqlCount(QStringLiteral("SELECT count(*) FROM findings WHERE round_id = ? AND deleted_at = ''"),
                     {m_roundId}));
    }

    void exportsFixedSizePictures()
    {
        QVERIFY(m_dashboard);
        // With XJ_SHOT set, every chart goes to /tmp/dashboard-*.png too, for looking at them by eye.
        if (qEnvironmentVariableIsSet("XJ_SHOT")) {
            for (DashboardChart chart : DashboardCharts::all())
                m_dashboard->exportChart(
                    chart, QStringLiteral("/tmp/dashboard-") + DashboardCharts::fileName(chart), true);
            m_dashboard->grab().save(QStringLiteral("/tmp/dashboard-window.png"));
        }
        const QString first = m_dir.filePath(QStringLiteral("charts/ranking-large.png"));
        const QString second = m_dir.filePath(QStringLiteral("charts/ranking-small.png"));
        QDir().mkpath(QFileInfo(first).absolutePath());
        m_dashboard->resize(1400, 1000);
        QVERIFY(m_dashboard->exportChart(DashboardChart::ScoreRanking, first, true));
        m_dashboard->resize(500, 400);
        QVERIFY(m_dashboard->exportChart(DashboardChart::ScoreRanking, second, true));
        for (const QString &path : {first, second}) {
            const QImage image(path);
            QCOMPARE(image.size(), QSize(1600, 900));
            int coloured = 0;
            for (int y = 0; y < image.height(); y += 3) {
                for (int x = 0; x < image.width(); x += 3)
                    coloured += image.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
            }
            QVERIFY2(coloured > 2000, qPrintable(QString::number(coloured)));
        }
        // The same picture whatever the window's size, pixel for pixel.
        const QImage a(first), b(second);
        int differ = 0;
        for (int y = 0; y < a.height(); ++y) {
            for (int x = 0; x < a.width(); ++x)
                differ += a.pixel(x, y) != b.pixel(x, y) ? 1 : 0;
        }
        QCOMPARE(differ, 0);

        const QStringList all = m_dashboard->exportAll(m_dir.filePath(QStringLiteral("charts/all")), true);
        QCOMPARE(all.size(), DashboardCharts::all().size());
        for (const QString &path : all)
            QCOMPARE(QImage(path).size(), QSize(1600, 900));
    }

    void roundReportCarriesTheCharts()
    {
        const auto pictureCells = [](const ReportDocument &document) {
            QStringList pictures;
            for (const ReportBlock &block : document.blocks) {
                if (const auto *table = std::get_if<ReportTable>(&block)) {
                    for (const QList<ReportCell> &row : table->rows)
                        for (const ReportCell &cell : row)
                            if (!cell.imagePath.isEmpty())
                                pictures << cell.imagePath;
                }
            }
            return pictures;
        };
        // The core alone (as the CLI exports) has no charts section.
        auto plain = ExportPlanner::previewReport(m_db, m_dir.path(), m_roundId);
        QVERIFY(plain.ok());
        const int plainPictures = int(pictureCells(plain.value()).size());
        for (const ReportBlock &block : plain.value().blocks) {
            if (const auto *paragraph = std::get_if<ReportParagraph>(&block))
                QVERIFY(!paragraph->text.contains(QStringLiteral("统计图表")));
        }
        // The workbench draws the dashboard's charts and hands them over.
        auto charts = DashboardCharts::renderForReport(m_db, m_dir.path(), m_roundId,
                                                       m_dir.filePath(QStringLiteral("report-charts")));
        QVERIFY(charts.ok());
        QCOMPARE(charts.value().size(), DashboardCharts::all().size());
        auto withCharts = ExportPlanner::previewReport(m_db, m_dir.path(), m_roundId, {}, charts.value());
        QVERIFY(withCharts.ok());
        const QStringList pictures = pictureCells(withCharts.value());
        for (const ReportChart &chart : charts.value()) {
            QVERIFY2(pictures.contains(chart.pngPath), qPrintable(chart.pngPath));
            QCOMPARE(QImage(chart.pngPath).size(), QSize(1600, 900));
        }
        QCOMPARE(pictures.size(), plainPictures + charts.value().size());

        // From the Export menu: the preview lays out the charts and its Word file contains them.
        m_window->exportController()->previewReportAction()->trigger();
        ReportPreviewDialog *preview = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->isVisible() && w->objectName() == QLatin1String("reportPreviewDialog"))
                preview = qobject_cast<ReportPreviewDialog *>(w);
        }
        QVERIFY(preview);
        const QString path = m_dir.filePath(QStringLiteral("report/round-report.docx"));
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSignalSpy exported(preview, &ReportPreviewDialog::documentExported);
        QVERIFY(preview->exportDocument(ReportFormat::Docx, path));
        QTRY_VERIFY_WITH_TIMEOUT(!exported.isEmpty(), 60000);
        QCOMPARE(exported.first().at(0).toString(), path);
        const QMap<QString, QByteArray> entries = readZipEntries(path);
        int media = 0;
        for (auto it = entries.cbegin(); it != entries.cend(); ++it)
            media += it.key().startsWith(QLatin1String("word/media/")) ? 1 : 0;
        QVERIFY2(media >= plainPictures + DashboardCharts::all().size(), qPrintable(QString::number(media)));
        QVERIFY(QString::fromUtf8(entries.value(QStringLiteral("word/document.xml")))
                    .contains(QStringLiteral("统计图表")));
        if (qEnvironmentVariableIsSet("XJ_SHOT")) {
            exported.clear();
            QVERIFY(preview->exportDocument(ReportFormat::Pdf, QStringLiteral("/tmp/dashboard-report.pdf")));
            QTRY_VERIFY_WITH_TIMEOUT(!exported.isEmpty(), 60000);
        }
        preview->close();
    }
};

XJ_GUI_TEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
