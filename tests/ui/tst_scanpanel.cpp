// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTest.h"
#include "TestDataDir.h"
#include "app/GuiStartup.h"
#include "browser/BrowserPane.h"
#include "demo/DemoSiteHost.h"
#include "demo/DemoWorkspace.h"
#include "mainwindow/MainWindow.h"
#include "scan/ScanColumnsModel.h"
#include "scan/ScanController.h"
#include "scan/ScanListModel.h"
#include "scan/ScanPanel.h"
#include "scan/ScanQueue.h"
#include "scan/ScanResultsModel.h"
#include "scan/ScanResultsView.h"
#include "scan/ScanRules.h"
#include "sites/SitesPanel.h"
#include "storage/Database.h"
#include "storage/ScanRepository.h"
#include "storage/SiteScanSettingsRepository.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QWebEngineView>

#include <memory>

using namespace xj;
using namespace GuiTest;

// The whole-site scan in the workbench: an unfinished scan is offered, not resumed behind the
// inspector's back; "Scan whole site…" crawls the demo site in the background with pause and
// resume; the results show the planted dead link with its source page and the blank column; a
// candidate is accepted as a finding with a screenshot, another dismissed; a column's class is
// changed and the scan judged again.
class TestScanPanel : public QObject
{
    Q_OBJECT

    TestDataDir m_dir;
    Database m_db;
    DemoSiteHost m_host;
    std::unique_ptr<MainWindow> m_window;
    QString m_base;
    qint64 m_siteId = 0;
    qint64 m_leftOver = 0; ///< a scan "left unfinished by an earlier session"
    qint64 m_scanId = 0;

    ScanPanel *panel() const { return m_window->scanPanel(); }
    ScanResultsModel *results() const { return panel()->resultsView()->model(); }

    QString scanState(qint64 scanId) const
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT state FROM scans WHERE id = ?"));
        q.addBindValue(scanId);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    int count(const QString &sql, const QVariantList &params) const
    {
        QSqlQuery q(m_db.connection());
        q.prepare(sql);
        for (const QVariant &p : params)
            q.addBindValue(p);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

    /// The candidate row of `checkId` whose address ends with `urlTail` (or whose text has it).
    QModelIndex candidateRow(const QString &checkId, const QString &urlTail) const
    {
        for (const ScanCandidate &c : results()->candidates()) {
            if (c.checkId == checkId &&
                (c.url.endsWith(urlTail) || c.detail.value(QLatin1String("name")).toString() == urlTail))
                return results()->indexOf(c.id);
        }
        return {};
    }

    void select(const QModelIndex &index)
    {
        auto *tree = child<QTreeView>(panel(), "scanResultsTree");
        tree->scrollTo(index);
        tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                           QItemSelectionModel::Rows);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(GuiStartup::openWorkspace(DataDirectory(m_dir.path()), m_db, true).ok());
        QVERIFY(GuiStartup::serveDemoSites(m_db, m_host).contains(QStringLiteral("127.0.0.1")));
        const auto entries = DemoWorkspace::entries(m_db).value();
        QVERIFY(entries.size() >= 2);
        m_siteId = entries.first().siteId;
        m_base = QStringLiteral("http://127.0.0.1:%1/").arg(entries.first().port);
        // The office's thresholds: blank columns make a W-V4 veto from 2 on (the demo has 2).
        QFile rules(QDir(m_dir.path()).filePath(QLatin1String(ScanRules::FileName)));
        QVERIFY(rules.open(QIODevice::WriteOnly));
        rules.write(R"({"blankVetoCount": 2})");
        rules.close();
        // Fast on this machine: no rate limit, no external links (nothing leaves 127.0.0.1).
        CrawlSettings fast;
        fast.requestsPerSecond = 0;
        fast.concurrencyPerHost = 4;
        fast.checkExternal = false;
        QVERIFY(SiteScanSettingsRepository(m_db).save(m_siteId, fast).ok());
        ScanRecord leftOver;
        leftOver.siteId = entries.at(1).siteId;
        leftOver.startUrl = QStringLiteral("http://127.0.0.1:%1/").arg(entries.at(1).port);
        leftOver.inspectionDate = QDate::currentDate();
        auto id = ScanRepository(m_db).create(leftOver);
        QVERIFY(id.ok());
        m_leftOver = id.value();

        m_window = std::make_unique<MainWindow>(DataDirectory(m_dir.path()), m_db);
        m_window->resize(1500, 1000);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->sitesPanel()->selectSite(m_siteId);
    }

    void unfinishedScanIsOfferedNotResumed()
    {
        auto *bar = child<QWidget>(panel(), "scanUnfinishedBar");
        QVERIFY(bar && bar->isVisibleTo(panel()));
        QTest::qWait(300);
        QCOMPARE(scanState(m_leftOver), QStringLiteral("queued"));
        QCOMPARE(m_window->scanController()->queue()->currentScanId(), 0);
        QTest::mouseClick(child<QPushButton>(panel(), "scanDiscardUnfinishedButton"), Qt::LeftButton);
        QCOMPARE(scanState(m_leftOver), QStringLiteral("cancelled"));
        QVERIFY(!bar->isVisibleTo(panel()));
    }

    void scanRunsWithPauseAndResume()
    {
        ScanQueue *queue = m_window->scanController()->queue();
        // Pause at the first progress report, before a site this small is done.
        bool paused = false;
        auto *pause = child<QPushButton>(panel(), "scanPauseButton");
        const auto hook = connect(queue, &ScanQueue::progressChanged, this, [&] {
            if (!paused && pause->isEnabled()) {
                paused = true;
                pause->click();
            }
        });
        QSignalSpy ended(queue, &ScanQueue::scanEnded);
        QAction *scan = child<QAction>(m_window.get(), "scanSiteAction");
        QVERIFY(scan->isEnabled());
        scan->trigger();
        QCOMPARE(child<QTabWidget>(m_window.get(), "bottomTabs")->currentWidget(), panel());
        QTRY_VERIFY_WITH_TIMEOUT(paused, 30000);
        disconnect(hook);
        m_scanId = queue->currentScanId();
        QVERIFY(m_scanId > 0);
        QCOMPARE(scanState(m_scanId), QStringLiteral("paused"));
        QCOMPARE(panel()->queueModel()->rowCount(), 1);
        QVERIFY(child<QLabel>(panel(), "scanStateLabel")->text().contains(QStringLiteral("paused")));
        QVERIFY(child<QPushButton>(panel(), "scanResumeButton")->isEnabled());

        // Paused means paused: nothing more is fetched (what was in flight may still land).
        const QString done =
            QStringLiteral("SELECT count(*) FROM scan_urls WHERE scan_id = ? AND state != 'queued'");
        QTest::qWait(400);
        const int before = count(done, {m_scanId});
        QTest::qWait(800);
        QCOMPARE(count(done, {m_scanId}), before);
        QVERIFY(ended.isEmpty());

        QTest::mouseClick(child<QPushButton>(panel(), "scanResumeButton"), Qt::LeftButton);
        QCOMPARE(scanState(m_scanId), QStringLiteral("running"));
        QTRY_VERIFY_WITH_TIMEOUT(!ended.isEmpty(), 120000);
        QCOMPARE(scanState(m_scanId), QStringLiteral("finished"));
        QVERIFY(child<QLabel>(panel(), "scanFiguresLabel")->text().contains(QStringLiteral("fetched")));
        QCOMPARE(panel()->shownScanId(), m_scanId);
        QCOMPARE(panel()->historyModel()->rowCount(), 1);
        QCOMPARE(panel()
                     ->historyModel()
                     ->data(panel()->historyModel()->index(0, ScanListModel::StateColumn))
                     .toString(),
                 QStringLiteral("Finished"));
    }

    void resultsShowPlantedProblems()
    {
        // The planted dead link, once, with the page that carries it and its anchor text.
        const QModelIndex link =
            candidateRow(QStringLiteral("link.broken"), QStringLiteral("/ztzl/xxgc/index.html"));
        QVERIFY2(link.isValid(), "the planted dead link is listed");
        QCOMPARE(link.parent().data(ScanResultsModel::KeyRole).toString(), QStringLiteral("link.broken"));
        QCOMPARE(link.parent().parent(), results()->groupIndex(QStringLiteral("link")));
        QVERIFY(link.siblingAtColumn(ScanResultsModel::EvidenceColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("404")));
        bool sourceListed = false;
        for (int r = 0; r < results()->rowCount(link); ++r) {
            const QModelIndex page = results()->index(r, ScanResultsModel::UrlColumn, link);
            sourceListed |=
                page.data().toString() == m_base &&
                page.siblingAtColumn(0).data().toString().contains(QStringLiteral("学习贯彻专题"));
        }
        QVERIFY2(sourceListed, "the home page is listed as its source with the anchor text");
        // Counts per category: the group row says how many it holds.
        const QModelIndex links = results()->groupIndex(QStringLiteral("link"));
        int linkCandidates = 0;
        for (int r = 0; r < results()->rowCount(links); ++r)
            linkCandidates += results()->rowCount(results()->index(r, 0, links));
        QVERIFY(links.data().toString().endsWith(QStringLiteral("(%1)").arg(linkCandidates)));

        // The blank column 专项规划.
        const QModelIndex blank = candidateRow(QStringLiteral("column.blank"), QStringLiteral("专项规划"));
        QVERIFY2(blank.isValid(), "the blank column 专项规划 is listed");
        QCOMPARE(blank.parent().parent(), results()->groupIndex(QStringLiteral("column")));
        // The verdicts of the summary are on top.
        QVERIFY(child<QLabel>(panel(), "scanVerdictLabel")->text().contains(QStringLiteral("W-V4")));
        // Judged by the office's scan-rules.json: 2 blank columns are a veto there.
        QSqlQuery summary(m_db.connection());
        summary.prepare(QStringLiteral("SELECT summary FROM scans WHERE id = ?"));
        summary.addBindValue(m_scanId);
        QVERIFY(summary.exec() && summary.next());
        const QJsonObject wv4 = QJsonDocument::fromJson(summary.value(0).toString().toUtf8())
                                    .object()
                                    .value(QLatin1String("veto"))
                                    .toObject()
                                    .value(QLatin1String("W-V4"))
                                    .toObject();
        QCOMPARE(wv4.value(QLatin1String("blankVetoCount")).toInt(), 2);
        QCOMPARE(wv4.value(QLatin1String("blank")).toInt(), 2);
        QVERIFY(wv4.value(QLatin1String("veto")).toBool());

        // Open in browser: a dead link opens the page that carries it.
        const QUrl elsewhere(m_base + QStringLiteral("bszn/index.html"));
        m_window->browserPane()->load(elsewhere);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->browserPane()->url(), elsewhere, 30000);
        select(link);
        QTest::mouseClick(child<QPushButton>(panel(), "scanOpenButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->browserPane()->url().toString(), m_base, 30000);
    }

    void acceptAndDismiss()
    {
        const QModelIndex link =
            candidateRow(QStringLiteral("link.broken"), QStringLiteral("/ztzl/xxgc/index.html"));
        QVERIFY(link.isValid());
        const qint64 candidateId = link.data(ScanResultsModel::CandidateIdRole).toLongLong();
        select(link);
        auto *accept = child<QPushButton>(panel(), "scanAcceptButton");
        QVERIFY(accept->isEnabled());
        QTest::mouseClick(accept, Qt::LeftButton);
        const QString accepted =
            QStringLiteral("SELECT count(*) FROM scan_candidates c JOIN findings f ON f.id = c.finding_id "
                           "WHERE c.id = ? AND c.state = 'accepted' AND f.check_id = 'link.broken'");
        QTRY_COMPARE_WITH_TIMEOUT(count(accepted, {candidateId}), 1, 60000);
        // The finding is on the site, on the links item, with the evidence in words and a screenshot.
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT f.site_id, i.code, f.description, f.url, "
                                 "(SELECT count(*) FROM evidence e WHERE e.finding_id = f.id) "
                                 "FROM findings f JOIN scan_candidates c ON c.finding_id = f.id "
                                 "LEFT JOIN checklist_items i ON i.id = f.item_id WHERE c.id = ?"));
        q.addBindValue(candidateId);
        QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
        QCOMPARE(q.value(0).toLongLong(), m_siteId);
        QCOMPARE(q.value(1).toString(), QStringLiteral("W-D11"));
        QVERIFY2(q.value(2).toString().contains(QStringLiteral("404")) &&
                     q.value(2).toString().contains(m_base),
                 qPrintable(q.value(2).toString()));
        QCOMPARE(q.value(3).toString(), m_base);
        QVERIFY(q.value(4).toInt() >= 1);
        const QModelIndex row = results()->indexOf(candidateId);
        QCOMPARE(row.siblingAtColumn(ScanResultsModel::StateColumn).data().toString(),
                 QStringLiteral("Accepted"));

        // Dismissing keeps the candidate, marked, and writes no finding.
        const QModelIndex blank = candidateRow(QStringLiteral("column.blank"), QStringLiteral("专项规划"));
        const qint64 blankId = blank.data(ScanResultsModel::CandidateIdRole).toLongLong();
        select(blank);
        const int findings = count(QStringLiteral("SELECT count(*) FROM findings WHERE ? = ?"), {1, 1});
        QTest::mouseClick(child<QPushButton>(panel(), "scanDismissButton"), Qt::LeftButton);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM scan_candidates WHERE id = ? AND state = 'dismissed'"),
                  {blankId}),
            1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM findings WHERE ? = ?"), {1, 1}), findings);
        QCOMPARE(results()->indexOf(blankId).siblingAtColumn(ScanResultsModel::StateColumn).data().toString(),
                 QStringLiteral("Dismissed"));
    }

    void columnClassChangeJudgesAgain()
    {
        auto *tabs = child<QTabWidget>(panel(), "scanTabs");
        auto *view = child<QTableView>(panel(), "scanColumnsView");
        tabs->setCurrentWidget(view);
        ScanColumnsModel *columns = panel()->columnsModel();
        QTRY_VERIFY(columns->rowCount() > 0);
        QVERIFY2(columns->rowOfName(QStringLiteral("专项规划")) >= 0,
                 "the blank column is among the columns");
        // 乡镇动态 is a news column not updated for weeks: stale.
        const QString stale = QStringLiteral("SELECT count(*) FROM scan_candidates WHERE scan_id = ? AND "
                                             "check_id = 'column.stale' AND url LIKE '%/zwdt/xzdt/%'");
        QCOMPARE(count(stale, {m_scanId}), 1);
        const int row = columns->rowOfName(QStringLiteral("乡镇动态"));
        QVERIFY(row >= 0);
        const QModelIndex cell = columns->index(row, ScanColumnsModel::ClassColumn);
        // One click on the cell opens the list of classes.
        view->setCurrentIndex(cell);
        auto *editor = view->findChild<QComboBox *>(QStringLiteral("columnClassEditor"));
        QVERIFY(editor);
        editor->setCurrentIndex(editor->findData(QStringLiteral("static")));
        emit editor->activated(editor->currentIndex());

        QTRY_COMPARE(count(stale, {m_scanId}), 0);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM column_classes WHERE site_id = ? AND class = 'static' "
                                 "AND column_key LIKE '%/zwdt/xzdt/%'"),
                  {m_siteId}),
            1);
        QVERIFY(
            !candidateRow(QStringLiteral("column.stale"), QStringLiteral("/zwdt/xzdt/index.html")).isValid());
        // What the inspector decided before stays decided.
        QVERIFY(
            candidateRow(QStringLiteral("link.broken"), QStringLiteral("/ztzl/xxgc/index.html")).isValid());
        const int again = panel()->columnsModel()->rowOfName(QStringLiteral("乡镇动态"));
        QTRY_VERIFY(panel()->columnsModel()->rowCount() > again && again >= 0);
        QCOMPARE(panel()
                     ->columnsModel()
                     ->index(again, ScanColumnsModel::ClassColumn)
                     .data(ScanColumnsModel::ClassKeyRole),
                 QVariant(QStringLiteral("static")));
    }

    /// For the README: with XUNJIAN_SCREENSHOT_DIR set (and XUNJIAN_LANG=zh_CN for the Chinese
    /// interface), saves the window after the scan and the columns tab there.
    void screenshotOfThePanel()
    {
        const QString dir = qEnvironmentVariable("XUNJIAN_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("XUNJIAN_SCREENSHOT_DIR is not set");
        auto *tabs = child<QTabWidget>(panel(), "scanTabs");
        tabs->setCurrentIndex(0);
        // Room for the results, as an inspector reading them would drag the splitter.
        child<QSplitter>(m_window.get(), "centerSplitter")->setSizes({260, 0, 640});
        child<QSplitter>(m_window.get(), "mainSplitter")->setSizes({220, 1000, 280});
        const QModelIndex link =
            candidateRow(QStringLiteral("link.broken"), QStringLiteral("/ztzl/xxgc/index.html"));
        child<QTreeView>(panel(), "scanResultsTree")->expand(link.parent());
        child<QTreeView>(panel(), "scanResultsTree")->expand(link);
        select(link);
        QTest::qWait(200);
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/screenshot-scan.png")));
        tabs->setCurrentIndex(1);
        QTest::qWait(100);
        QVERIFY(panel()->grab().save(dir + QStringLiteral("/screenshot-scan-columns.png")));
    }

    void cleanupTestCase() { m_window.reset(); }
};

XJ_GUI_TEST_MAIN(TestScanPanel)
#include "tst_scanpanel.moc"
