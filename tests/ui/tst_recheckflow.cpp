// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindingPlace.h"
#include "FixtureHttpServer.h"
#include "GuiTest.h"
#include "TestDataDir.h"
#include "app/GuiStartup.h"
#include "checks/CheckDictionaryLoader.h"
#include "checks/CheckEngine.h"
#include "checks/StaticPageReader.h"
#include "evidence/EvidenceStore.h"
#include "evidence/ImageZoomView.h"
#include "findings/FindingsPanel.h"
#include "inspection/ProblemMarker.h"
#include "lifecycle/FindingLifecycle.h"
#include "mainwindow/MainWindow.h"
#include "recheck/RecheckDialog.h"
#include "sites/SitesPanel.h"
#include "storage/Database.h"
#include "storage/FindingRepository.h"
#include "storage/SiteRepository.h"

#include <QAction>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>

#include <memory>

using namespace xj;
using namespace GuiTest;

namespace {

const QByteArray NoticePage = QByteArrayLiteral(
    "<!doctype html><html><head><meta charset='utf-8'><title>通知</title></head>"
    "<body style='margin:0;background:#fff'>"
    "<h1 id='title' "
    "style='background:#1565c0;color:#fff;height:260px;margin:0'>青禾县关于做好冬季安全工作的通知</h1>"
    "<p>各乡镇人民政府，县直各单位：请认真落实。</p></body></html>");

const QByteArray TypoPage = QByteArrayLiteral(
    "<!doctype html><html><head><meta charset='utf-8'><title>工作动态</title></head><body>"
    "<h1>工作动态</h1><p id='typo'>各部门要周密布署，确保各项工作落到实处。</p></body></html>");

/// Pixels close to the notice's blue title bar.
int bluish(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QRgb p = image.pixel(x, y);
            n += qAbs(qRed(p) - 0x15) < 16 && qAbs(qGreen(p) - 0x65) < 16 && qAbs(qBlue(p) - 0xc0) < 16;
        }
    }
    return n;
}

} // namespace

// Re-check (复查) as an inspector does it: the open findings of the round one after the other, the
// original screenshot beside the live page, a new screenshot, the verdict with a note; the
// automated check run again on a page that still has the typo; and one finding re-checked from the
// findings list.
class TestRecheckFlow : public QObject
{
    Q_OBJECT

    TestDataDir m_dir;
    Database m_db;
    FixtureHttpServer m_server;
    std::unique_ptr<MainWindow> m_window;
    FindingPlace m_place;
    qint64 m_handMarked = 0;
    qint64 m_typo = 0;

    RecheckDialog *dialog() const
    {
        return m_window->findChild<RecheckDialog *>(QStringLiteral("recheckDialog"));
    }

    QString state(qint64 findingId) const
    {
        auto f = FindingRepository(m_db).get(findingId);
        return f ? FindingStates.code(f.value().state) : QString();
    }

    qint64 notifiedFinding(Finding f, const QImage &screenshot)
    {
        f.siteId = m_place.siteId;
        f.roundId = m_place.roundId;
        f.state = FindingState::Confirmed;
        f.inspector = QStringLiteral("张三");
        f.foundAt = QDateTime::currentDateTimeUtc();
        QList<ScreenshotInput> shots;
        if (!screenshot.isNull()) {
            ScreenshotInput shot;
            shot.original = screenshot;
            shot.pageUrl = f.url;
            shots.append(shot);
        }
        auto id = ProblemMarker(m_db, m_dir.path()).create(f, shots);
        if (!id)
            return 0;
        const FindingLifecycle lifecycle(m_db, m_dir.path());
        if (!lifecycle.transition(id.value(), FindingState::Notified, QStringLiteral("张三")))
            return 0;
        return id.value();
    }

    /// The typo candidate the page check makes of the fixture page, as accepting it would store.
    Candidate typoCandidate() const
    {
        const PageSnapshot page =
            StaticPageReader::read(QString::fromUtf8(TypoPage), m_server.url(QStringLiteral("/typo.html")));
        auto dictionaries = CheckDictionaryLoader::load(&m_db, m_place.siteId);
        if (!dictionaries)
            return {};
        for (const Candidate &c : CheckEngine(dictionaries.value()).run(page)) {
            if (c.checkId == QLatin1String("typo.confusion"))
                return c;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_server.listen());
        m_server.page(QStringLiteral("/notice.html"), 200, NoticePage);
        m_server.page(QStringLiteral("/typo.html"), 200, TypoPage);
        m_server.page(QStringLiteral("/"), 200, QByteArrayLiteral("<html><body>home</body></html>"));
        QVERIFY(GuiStartup::openWorkspace(DataDirectory(m_dir.path()), m_db, false).ok());
        m_place = addFindingPlace(m_db);
        QVERIFY(m_place.roundId > 0);
        Site site = SiteRepository(m_db).get(m_place.siteId).value();
        site.url = m_server.url(QStringLiteral("/")).toString();
        QVERIFY(SiteRepository(m_db).update(site).ok());

        // A finding marked by hand, with the screenshot of the time: a red picture.
        QImage before(400, 300, QImage::Format_ARGB32);
        before.fill(QColor(0xc6, 0x28, 0x28));
        Finding hand;
        hand.url = m_server.url(QStringLiteral("/notice.html")).toString();
        hand.description = QStringLiteral("通知标题中的发文单位名称有误");
        hand.elementSelector = QStringLiteral("#title");
        hand.elementText = QStringLiteral("青禾县关于做好冬季安全工作的通知");
        m_handMarked = notifiedFinding(hand, before);
        QVERIFY(m_handMarked > 0);

        // A finding the typo check proposed and the inspector accepted; the page still has the typo.
        const Candidate c = typoCandidate();
        QVERIFY2(c.text.contains(QStringLiteral("布署")), qPrintable(c.text));
        Finding typo;
        typo.url = m_server.url(QStringLiteral("/typo.html")).toString();
        typo.description = QStringLiteral("错别字：布署");
        typo.checkId = c.checkId;
        typo.elementText = c.text;
        typo.elementSelector = QStringLiteral("#typo");
        m_typo = notifiedFinding(typo, before);
        QVERIFY(m_typo > 0);

        m_window = std::make_unique<MainWindow>(DataDirectory(m_dir.path()), m_db);
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->reloadRounds(m_place.roundId);
        m_window->sitesPanel()->selectSite(m_place.siteId);
        QCOMPARE(m_window->currentRoundId(), m_place.roundId);
    }

    void cleanupTestCase()
    {
        m_window.reset(); // the dialog's page goes before the profile: no crash, no warning
    }

    void recheckWholeListWithScreenshotAndFailedVerdict()
    {
        child<QAction>(m_window.get(), "recheckAllAction")->trigger();
        RecheckDialog *d = dialog();
        QVERIFY(d);
        QVERIFY(d->isVisible());
        QVERIFY(!d->isModal());
        QCOMPARE(d->findingCount(), 2);
        QCOMPARE(d->currentFinding()->id, m_handMarked); // same site, pages in address order
        QCOMPARE(child<QLabel>(d, "recheckProgress")->text(), QStringLiteral("1 of 2 · 0 re-checked"));
        QSignalSpy ready(d, &RecheckDialog::pageReady);
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 30000);
        QVERIFY(ready.first().first().toBool());

        // Before: the original screenshot, the problem and its element.
        const QImage shown = child<ImageZoomView>(d, "recheckBeforeImage")->image();
        QCOMPARE(shown.size(), QSize(400, 300));
        QCOMPARE(QColor(shown.pixel(10, 10)), QColor(0xc6, 0x28, 0x28));
        QVERIFY(child<QLabel>(d, "recheckBeforeText")->text().contains(QStringLiteral("发文单位名称有误")));
        // Marked by hand: there is no check to run again.
        QVERIFY(!child<QPushButton>(d, "recheckRunCheckButton")->isEnabled());

        QSignalSpy shot(d, &RecheckDialog::screenshotRecorded);
        QTest::mouseClick(child<QPushButton>(d, "recheckScreenshotButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!shot.isEmpty(), 30000);
        const qint64 evidenceId = shot.first().first().toLongLong();

        QSignalSpy rechecked(d, &RecheckDialog::findingRechecked);
        typeChinese(child<QPlainTextEdit>(d, "recheckNote"), QStringLiteral("标题仍写错，未整改"));
        QSignalSpy nextReady(d, &RecheckDialog::pageReady);
        QTest::mouseClick(child<QPushButton>(d, "recheckFailButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(rechecked.size(), 1, 10000);
        QCOMPARE(rechecked.first().at(1).toBool(), false);

        // The database: the re-check with its note and picture, the state, the "after" evidence.
        auto row =
            m_db.exec(QStringLiteral("SELECT verdict, note, coalesce(evidence_id, 0) FROM finding_rechecks "
                                     "WHERE finding_id = ?"),
                      {m_handMarked});
        QVERIFY(row.ok());
        QVERIFY(row.value().next());
        QCOMPARE(row.value().value(0).toString(), QStringLiteral("failed"));
        QCOMPARE(row.value().value(1).toString(), QStringLiteral("标题仍写错，未整改"));
        QCOMPARE(row.value().value(2).toLongLong(), evidenceId);
        QVERIFY(!row.value().next());
        QCOMPARE(state(m_handMarked), QStringLiteral("recheck_failed"));
        auto evidence = m_db.exec(
            QStringLiteral("SELECT sha256, file_suffix, stage FROM evidence WHERE id = ?"), {evidenceId});
        QVERIFY(evidence.ok() && evidence.value().next());
        QCOMPARE(evidence.value().value(2).toString(), QStringLiteral("recheck"));
        const QImage after(
            EvidenceStore(m_dir.path())
                .absolutePathFor(evidence.value().value(0).toString(), evidence.value().value(1).toString()));
        QVERIFY(!after.isNull());
        QVERIFY2(bluish(after) > 500, "the live page's blue title bar is in the picture");

        // On to the next finding: the page-check finding whose typo is still on the page.
        QCOMPARE(d->currentFinding()->id, m_typo);
        QCOMPARE(child<QLabel>(d, "recheckProgress")->text(), QStringLiteral("2 of 2 · 1 re-checked"));
        QTRY_VERIFY_WITH_TIMEOUT(!nextReady.isEmpty(), 30000);
        auto *run = child<QPushButton>(d, "recheckRunCheckButton");
        QTRY_VERIFY(run->isEnabled());
        QSignalSpy checked(d, &RecheckDialog::checkFinished);
        QTest::mouseClick(run, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty(), 30000);
        QVERIFY2(d->checkResult().startsWith(QStringLiteral("Still present")), qPrintable(d->checkResult()));
        QVERIFY(child<QLabel>(d, "recheckCheckResult")->text().contains(QStringLiteral("布署")));

        // Failed without a note: the check's words are the reason, and the verdict takes its own picture.
        QTest::mouseClick(child<QPushButton>(d, "recheckFailButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(rechecked.size(), 2, 30000);
        auto typoRow = m_db.exec(QStringLiteral("SELECT verdict, check_result, coalesce(evidence_id, 0) FROM "
                                                "finding_rechecks WHERE finding_id = ?"),
                                 {m_typo});
        QVERIFY(typoRow.ok() && typoRow.value().next());
        QCOMPARE(typoRow.value().value(0).toString(), QStringLiteral("failed"));
        QVERIFY(typoRow.value().value(1).toString().startsWith(QStringLiteral("Still present")));
        QVERIFY(typoRow.value().value(2).toLongLong() > 0);
        QCOMPARE(state(m_typo), QStringLiteral("recheck_failed"));
        QVERIFY(child<QLabel>(d, "recheckProgress")->text().startsWith(QStringLiteral("All 2 ")));
        d->close();
        QTRY_VERIFY(!dialog());
    }

    // "Re-check this finding…" in the findings list: just that one, passed this time.
    void recheckOneFindingFromTheList()
    {
        FindingsPanel *panel = m_window->findingsPanel();
        panel->reload();
        panel->selectFinding(m_handMarked);
        QCOMPARE(panel->currentFindingId(), m_handMarked);
        auto *action = child<QAction>(panel, "recheckFindingAction");
        QVERIFY(action->isEnabled()); // failed at re-check: it may be re-checked again
        action->trigger();
        RecheckDialog *d = dialog();
        QVERIFY(d);
        QCOMPARE(d->findingCount(), 1);
        QCOMPARE(d->currentFinding()->id, m_handMarked);
        QSignalSpy ready(d, &RecheckDialog::pageReady);
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty(), 30000);

        QSignalSpy rechecked(d, &RecheckDialog::findingRechecked);
        typeChinese(child<QPlainTextEdit>(d, "recheckNote"), QStringLiteral("已整改"));
        QTest::mouseClick(child<QPushButton>(d, "recheckPassButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(rechecked.size(), 1, 30000);
        QCOMPARE(state(m_handMarked), QStringLiteral("recheck_passed"));
        const auto history = FindingLifecycle(m_db, m_dir.path()).rechecks(m_handMarked);
        QVERIFY(history.ok());
        QCOMPARE(history.value().size(), 2);
        QCOMPARE(history.value().last().record.passed, true);
        QCOMPARE(history.value().last().record.note, QStringLiteral("已整改"));
        QVERIFY2(history.value().last().record.evidenceId > 0, "the verdict took its own screenshot");

        // The list follows: passed is not waiting for re-check any more.
        QTRY_COMPARE(panel->currentFinding() ? panel->currentFinding()->state : FindingState::Candidate,
                     FindingState::RecheckPassed);
        QVERIFY(!action->isEnabled());
        d->close();
        QTRY_VERIFY(!dialog());
    }

    // A dead link is requested again: still 404, then put right.
    void recheckDeadLinkFetchesItAgain()
    {
        Finding link;
        link.url = m_server.url(QStringLiteral("/notice.html")).toString();
        link.description = QStringLiteral("死链：通知附件");
        link.checkId = QStringLiteral("link.broken");
        link.elementText = QStringLiteral("附件下载");
        const qint64 id = notifiedFinding(link, {});
        QVERIFY(id > 0);
        const QString dead = m_server.url(QStringLiteral("/files/attachment.doc")).toString();
        auto scan =
            m_db.exec(QStringLiteral("INSERT INTO scans (site_id, start_url, inspection_date) VALUES (?, ?, "
                                     "'2026-11-24')"),
                      {m_place.siteId, link.url});
        QVERIFY(scan.ok());
        QVERIFY(m_db.exec(QStringLiteral(
                              "INSERT INTO scan_candidates (scan_id, check_id, item_code, category, url, "
                              "source_url, message, state, finding_id) VALUES (?, 'link.broken', 'W-D11', "
                              "'P07', ?, ?, 'HTTP 404', 'accepted', ?)"),
                          {scan.value().lastInsertId(), dead, link.url, id})
                    .ok());

        m_window->findingsPanel()->reload();
        m_window->findingsPanel()->selectFinding(id);
        child<QAction>(m_window->findingsPanel(), "recheckFindingAction")->trigger();
        RecheckDialog *d = dialog();
        QVERIFY(d);
        QCOMPARE(d->currentFinding()->id, id);
        auto *run = child<QPushButton>(d, "recheckRunCheckButton");
        QTRY_VERIFY(run->isEnabled()); // a request needs no loaded page

        QSignalSpy checked(d, &RecheckDialog::checkFinished);
        QTest::mouseClick(run, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty(), 30000);
        QVERIFY2(d->checkResult().startsWith(QStringLiteral("Still broken")), qPrintable(d->checkResult()));
        QVERIFY(d->checkResult().contains(QStringLiteral("404")));

        m_server.page(QStringLiteral("/files/attachment.doc"), 200, QByteArrayLiteral("doc"),
                      QByteArrayLiteral("application/msword"));
        QTRY_VERIFY(run->isEnabled());
        QTest::mouseClick(run, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 2, 30000);
        QVERIFY2(d->checkResult().startsWith(QStringLiteral("Fixed")), qPrintable(d->checkResult()));
        d->close();
        QTRY_VERIFY(!dialog());
    }
};

XJ_GUI_TEST_MAIN(TestRecheckFlow)
#include "tst_recheckflow.moc"
