// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTest.h"
#include "TestDataDir.h"
#include "app/GuiStartup.h"
#include "browser/BrowserPane.h"
#include "capture/PageCapturer.h"
#include "capture/PageScript.h"
#include "checks/CandidatesModel.h"
#include "checks/CandidatesPanel.h"
#include "checks/PageChecker.h"
#include "demo/DemoAnswerKey.h"
#include "demo/DemoSiteHost.h"
#include "demo/DemoWorkspace.h"
#include "mainwindow/MainWindow.h"
#include "marking/MarkProblemController.h"
#include "sites/SitesPanel.h"
#include "storage/Database.h"
#include "storage/EvidenceRepository.h"
#include "storage/FindingRepository.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QWebEngineView>

#include <memory>

using namespace xj;
using namespace GuiTest;

// The automated checks in the workbench: a page with planted problems loads, its candidates are
// listed and highlighted in the page, and the inspector accepts one (a finding with a screenshot
// on the right checklist item), dismisses another (never proposed there again), switches a check
// off and adds a word to the allow-list.
class TestPageChecks : public QObject
{
    Q_OBJECT

    TestDataDir m_dir;
    Database m_db;
    DemoSiteHost m_host;
    std::unique_ptr<MainWindow> m_window;
    DemoAnswerKey m_key;
    QString m_base;
    qint64 m_siteId = 0;

    CandidatesModel *model() const { return m_window->candidatesPanel()->model(); }

    int rowOf(const QString &checkId, const QString &text = {}) const
    {
        for (int r = 0; r < model()->rowCount(); ++r) {
            const Candidate &c = model()->at(r);
            if (c.checkId == checkId && (text.isEmpty() || c.text.contains(text)))
                return r;
        }
        return -1;
    }

    QString pageOf(const QString &problemId) const
    {
        for (const DemoProblem &p : m_key.problems) {
            if (p.id == problemId)
                return m_base + p.page;
        }
        return {};
    }

    /// Loads the page and waits until its checks have run.
    void openAndCheck(const QString &url)
    {
        QSignalSpy checked(m_window->pageChecker(), &PageChecker::checked);
        m_window->browserPane()->load(QUrl(url));
        QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty() && m_window->pageChecker()->snapshot().url == QUrl(url),
                                 30000);
    }

    void recheck()
    {
        QSignalSpy checked(m_window->pageChecker(), &PageChecker::checked);
        child<QAction>(m_window.get(), "recheckPageAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty(), 30000);
    }

    static int reddish(const QImage &image)
    {
        int n = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QRgb p = image.pixel(x, y);
                n += qAbs(qRed(p) - 0xe5) < 12 && qAbs(qGreen(p) - 0x39) < 12 && qAbs(qBlue(p) - 0x35) < 12;
            }
        }
        return n;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(GuiStartup::openWorkspace(DataDirectory(m_dir.path()), m_db, true).ok());
        QVERIFY(GuiStartup::serveDemoSites(m_db, m_host).contains(QStringLiteral("127.0.0.1")));
        const auto entries = DemoWorkspace::entries(m_db).value();
        QVERIFY(!entries.isEmpty());
        m_siteId = entries.first().siteId;
        m_base = QStringLiteral("http://127.0.0.1:%1/").arg(entries.first().port);
        auto key = DemoAnswerKey::load(
            QDir(m_dir.path()).filePath(entries.first().folder + QStringLiteral("/answer-key.json")));
        QVERIFY(key.ok());
        m_key = key.value();
        m_window = std::make_unique<MainWindow>(DataDirectory(m_dir.path()), m_db);
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->sitesPanel()->selectSite(m_siteId);
    }

    void plantedTypoIsListedAndHighlighted()
    {
        openAndCheck(pageOf(QStringLiteral("P01-typo-deploy")));
        const int row = rowOf(QStringLiteral("typo.confusion"), QStringLiteral("布署"));
        QVERIFY2(row >= 0, "the planted 周密布署 is proposed");
        QCOMPARE(model()->at(row).itemCode, QStringLiteral("W-V1"));
        QVERIFY(child<QTabWidget>(m_window.get(), "bottomTabs")
                    ->tabText(1)
                    .contains(QString::number(model()->rowCount())));

        // Selecting it scrolls the page to its highlight: a red frame the page itself does not have.
        auto *view = child<QTableView>(m_window.get(), "candidatesView");
        child<QTabWidget>(m_window.get(), "bottomTabs")->setCurrentIndex(1);
        view->selectRow(row);
        QWebEngineView *browser = m_window->browserPane()->view();
        QTRY_VERIFY_WITH_TIMEOUT(reddish(PageScript::grab(browser)) > 40, 10000);
        const int highlighted = reddish(PageScript::grab(browser));
        m_window->pageChecker()->setDisabledChecks({QStringLiteral("typo.confusion")});
        recheck();
        QVERIFY(rowOf(QStringLiteral("typo.confusion")) < 0);
        QTRY_VERIFY_WITH_TIMEOUT(reddish(PageScript::grab(browser)) < highlighted, 10000);
        m_window->pageChecker()->setDisabledChecks({});
        recheck();
        QVERIFY(rowOf(QStringLiteral("typo.confusion"), QStringLiteral("布署")) >= 0);
    }

    // An archive of the page is the page as served: the checks' frames are taken off while it is written.
    void archiveHasNoHighlights()
    {
        PageCapturer *capturer = m_window->markProblemController()->capturer();
        QSignalSpy saved(capturer, &PageCapturer::archiveSaved);
        const QString path = QDir(m_dir.path()).filePath(QStringLiteral("page.mhtml"));
        capturer->saveArchive(path);
        QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), 30000);
        QFile archive(path);
        QVERIFY(archive.open(QIODevice::ReadOnly));
        const QByteArray mhtml = archive.readAll();
        QVERIFY(mhtml.contains("Content-Type: multipart/related"));
        QVERIFY(!mhtml.contains("data-xunjian-check"));
        // And the frames come back on the page.
        QTRY_VERIFY_WITH_TIMEOUT(reddish(PageScript::grab(m_window->browserPane()->view())) > 40, 10000);
    }

    void acceptMakesAFindingWithAScreenshot()
    {
        const int row = rowOf(QStringLiteral("typo.confusion"), QStringLiteral("布署"));
        QVERIFY(row >= 0);
        child<QTableView>(m_window.get(), "candidatesView")->selectRow(row);
        QSignalSpy saved(m_window->pageChecker(), &PageChecker::findingSaved);
        QTest::mouseClick(child<QPushButton>(m_window.get(), "acceptCandidateButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!saved.isEmpty(), 30000);
        const auto finding = FindingRepository(m_db).get(saved.first().first().toLongLong());
        QVERIFY(finding.ok());
        QCOMPARE(finding.value().checkId, QStringLiteral("typo.confusion"));
        QCOMPARE(finding.value().itemCode, QStringLiteral("W-V1"));
        QVERIFY(finding.value().elementText.contains(QStringLiteral("布署")));
        QVERIFY(finding.value().description.contains(QStringLiteral("部署")));
        const auto evidence = EvidenceRepository(m_db).forFinding(finding.value().id);
        QVERIFY(evidence.ok());
        QCOMPARE(evidence.value().size(), 1);
        QCOMPARE(evidence.value().first().kind, EvidenceKind::Screenshot);
        QVERIFY(evidence.value().first().width > 50);
        // Accepted, it is a finding now and no longer proposed, not even after checking again.
        QVERIFY(rowOf(QStringLiteral("typo.confusion"), QStringLiteral("布署")) < 0);
        recheck();
        QVERIFY(rowOf(QStringLiteral("typo.confusion"), QStringLiteral("布署")) < 0);
    }

    void dismissedCandidateStaysAwayOnThatPage()
    {
        openAndCheck(m_base + QStringLiteral("index.html"));
        const int row = rowOf(QStringLiteral("hijack.hidden_link"));
        QVERIFY2(row >= 0, "the home page's hidden gambling links are proposed");
        const QString text = model()->at(row).text;
        const int before = model()->rowCount();
        child<QTableView>(m_window.get(), "candidatesView")->selectRow(row);
        child<QAction>(m_window.get(), "dismissPageAction")->trigger();
        QCOMPARE(model()->rowCount(), before - 1);
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT count(*) FROM candidate_dismissals WHERE check_id = 'hijack.hidden_link'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        openAndCheck(m_base + QStringLiteral("index.html"));
        QCOMPARE(model()->rowCount(), before - 1);
        for (const Candidate &c : model()->candidates())
            QVERIFY(c.checkId != QLatin1String("hijack.hidden_link") || c.text != text);
    }

    void checksMenuSwitchesAKindOff()
    {
        QVERIFY(rowOf(QStringLiteral("hijack.spam_keyword")) >= 0);
        QAction *spam = child<QAction>(m_window.get(), "check:hijack.spam_keyword");
        QVERIFY(spam && spam->isChecked());
        QSignalSpy checked(m_window->pageChecker(), &PageChecker::checked);
        spam->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty(), 30000);
        QVERIFY(rowOf(QStringLiteral("hijack.spam_keyword")) < 0);
        spam->trigger();
    }

    // The clean demo site, rendered: the workbench proposes nothing on any kind of page.
    void cleanSiteHasNoCandidatesInTheWorkbench()
    {
        const auto entries = DemoWorkspace::entries(m_db).value();
        QCOMPARE(entries.size(), 2);
        m_window->sitesPanel()->selectSite(entries.at(1).siteId);
        const QString base = QStringLiteral("http://127.0.0.1:%1/").arg(entries.at(1).port);
        const QDir root(QDir(m_dir.path()).filePath(entries.at(1).folder));
        QStringList pages{QStringLiteral("index.html"), QStringLiteral("tzgg/index.html"),
                          QStringLiteral("hdjl/index.html"), QStringLiteral("bszn/index.html"),
                          QStringLiteral("ldzc/index.html")};
        for (const QString &folder :
             {QStringLiteral("zwdt"), QStringLiteral("tzgg"), QStringLiteral("zcwj")}) {
            const QStringList months =
                QDir(root.filePath(folder)).entryList({QStringLiteral("20*")}, QDir::Dirs);
            QVERIFY(!months.isEmpty());
            const QString month = folder + QLatin1Char('/') + months.last();
            pages.append(month + QLatin1Char('/') +
                         QDir(root.filePath(month)).entryList({QStringLiteral("*.html")}).first());
        }
        for (const QString &page : std::as_const(pages)) {
            openAndCheck(base + page);
            QStringList found;
            for (const Candidate &c : model()->candidates())
                found.append(c.checkId + QStringLiteral(" “") + c.text + QStringLiteral("” ") + c.message);
            QVERIFY2(found.isEmpty(),
                     qPrintable(page + QStringLiteral(": ") + found.join(QStringLiteral("; "))));
        }
        m_window->sitesPanel()->selectSite(m_siteId);
    }

    void allowListFromTheDictionaryDialog()
    {
        openAndCheck(pageOf(QStringLiteral("P01-typo-persevere")));
        QVERIFY(rowOf(QStringLiteral("typo.confusion"), QStringLiteral("再接再励")) >= 0);
        bool filled = false;
        QTimer::singleShot(300, [&] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog && dialog->objectName() == QLatin1String("dictionaryDialog"));
            child<QTabWidget>(dialog, "dictionaryTabs")->setCurrentIndex(1);
            typeChinese(child<QLineEdit>(dialog, "allowTermEdit"), QStringLiteral("再接再励"));
            QTest::mouseClick(child<QPushButton>(dialog, "allowAddButton"), Qt::LeftButton);
            filled = child<QTableView>(dialog, "allowEntriesView")->model()->rowCount() == 1;
            dialog->close();
        });
        QSignalSpy checked(m_window->pageChecker(), &PageChecker::checked);
        child<QAction>(m_window.get(), "dictionariesAction")->trigger();
        QVERIFY(filled);
        QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty(), 30000);
        QVERIFY(rowOf(QStringLiteral("typo.confusion"), QStringLiteral("再接再励")) < 0);
    }
};

XJ_GUI_TEST_MAIN(TestPageChecks)
#include "tst_pagechecks.moc"
