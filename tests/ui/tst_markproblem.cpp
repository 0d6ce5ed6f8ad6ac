// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTest.h"
#include "TestDataDir.h"
#include "app/GuiStartup.h"
#include "browser/BrowserPane.h"
#include "capture/PageCapturer.h"
#include "checklist/ChecklistModel.h"
#include "checklist/ChecklistPanel.h"
#include "demo/DemoSiteHost.h"
#include "evidence/EvidenceStore.h"
#include "evidence/MhtmlDocument.h"
#include "findings/FindingsModel.h"
#include "findings/FindingsPanel.h"
#include "mainwindow/MainWindow.h"
#include "marking/DemoEvidenceCapture.h"
#include "marking/MarkProblemController.h"
#include "newmedia/AccountRecordPanel.h"
#include "sites/SiteListModel.h"
#include "sites/SitesPanel.h"
#include "storage/Database.h"
#include "storage/EvidenceRepository.h"
#include "storage/FindingRepository.h"
#include "storage/RoundRepository.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineView>

#include <functional>
#include <memory>

using namespace xj;
using namespace GuiTest;

// Marking problems as an inspector does: one key, the screenshot, the description, saved with an
// archived copy of the page; then finding it again in the list, opening its page, deleting and
// undoing; and the record of a new-media account with its phone screenshot.
class TestMarkProblem : public QObject
{
    Q_OBJECT

    TestDataDir m_dir;
    Database m_db;
    DemoSiteHost m_host;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_markedId = 0;

    // Answers the modal dialogs that come up, in order, by objectName; returns how many were handled.
    struct DialogScript
    {
        QList<QPair<QString, std::function<void(QWidget *)>>> steps;
        int handled = 0;
        QTimer timer;

        explicit DialogScript(QList<QPair<QString, std::function<void(QWidget *)>>> s)
            : steps(std::move(s))
        {
            timer.setInterval(50);
            QObject::connect(&timer, &QTimer::timeout, [this] {
                QWidget *modal = QApplication::activeModalWidget();
                if (!modal || handled >= steps.size() || modal->objectName() != steps.at(handled).first)
                    return;
                auto step = steps.at(handled++).second;
                step(modal);
            });
            timer.start();
        }
    };

    static void describeAndSave(QWidget *dialog, const QString &description)
    {
        typeChinese(child<QPlainTextEdit>(dialog, "findingDescription"), description);
        QTest::mouseClick(
            child<QDialogButtonBox>(dialog, "findingDialogButtons")->button(QDialogButtonBox::Save),
            Qt::LeftButton);
    }

    void chooseSite(const QString &name, SiteKind kind)
    {
        auto *list = child<QTableView>(m_window.get(), "siteList");
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const QModelIndex index = list->model()->index(row, SiteListModel::NameColumn);
            if (index.data().toString() == name && index.data(SiteListModel::KindRole).toInt() == int(kind)) {
                list->scrollTo(index);
                QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
                QCOMPARE(m_window->sitesPanel()->currentSite()->name, name);
                return;
            }
        }
        QFAIL("site not in the list");
    }

    int evidenceOf(qint64 findingId, EvidenceKind kind)
    {
        auto rows = EvidenceRepository(m_db).forFinding(findingId);
        return int(std::count_if(rows.value().cbegin(), rows.value().cend(),
                                 [&](const Evidence &e) { return e.kind == kind; }));
    }

    QString archiveText(qint64 findingId)
    {
        for (const Evidence &e : EvidenceRepository(m_db).forFinding(findingId).value()) {
            if (e.kind != EvidenceKind::Archive)
                continue;
            auto bytes = EvidenceStore(m_dir.path()).read(e.sha256, e.fileSuffix);
            if (!bytes)
                return {};
            auto doc = MhtmlDocument::parse(bytes.value());
            return doc ? doc.value().visibleText() : QString();
        }
        return {};
    }

    int scrollY()
    {
        int y = -1;
        m_window->browserPane()->view()->page()->runJavaScript(QStringLiteral("window.scrollY"),
                                                               [&](const QVariant &v) { y = v.toInt(); });
        QElapsedTimer waited;
        waited.start();
        while (y < 0 && waited.elapsed() < 5000)
            QTest::qWait(20);
        return y;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const DataDirectory data(m_dir.path());
        QVERIFY(GuiStartup::openWorkspace(data, m_db, true).ok());
        QVERIFY(GuiStartup::serveDemoSites(m_db, m_host).contains(QStringLiteral("127.0.0.1")));
    }

    // The first start gives every demo finding real evidence: a screenshot with the problem framed,
    // its untouched original, and the page archived with its HTTP status.
    void demoFindingsGetRealEvidence()
    {
        auto todo = DemoEvidenceCapture::findingsToCapture(m_db);
        QVERIFY(todo.ok());
        // Five findings of this quarter's round and four of last quarter's.
        QCOMPARE(todo.value().size(), 9);
        const Status captured = GuiStartup::captureDemoEvidence(m_db, DataDirectory(m_dir.path()), false);
        QVERIFY2(captured.ok(), qPrintable(captured.ok() ? QString() : captured.error().fullText()));
        QCOMPARE(DemoEvidenceCapture::findingsToCapture(m_db).value().size(), 0);
        for (const Finding &f : todo.value()) {
            QCOMPARE(evidenceOf(f.id, EvidenceKind::Screenshot), 1);
            QCOMPARE(evidenceOf(f.id, EvidenceKind::Archive), 1);
            // The problem is framed in red on a copy; the original stays as captured.
            QCOMPARE(evidenceOf(f.id, EvidenceKind::Annotated), 1);
            // The archive holds the page as it was, including the planted problem.
            if (!f.elementText.isEmpty())
                QVERIFY2(archiveText(f.id).contains(f.elementText), qPrintable(f.elementText));
            for (const Evidence &e : EvidenceRepository(m_db).forFinding(f.id).value())
                if (e.kind == EvidenceKind::Archive)
                    QCOMPARE(e.httpStatus, 200);
        }
    }

    void markVisibleAreaSavesFindingScreenshotAndArchive()
    {
        m_window = std::make_unique<MainWindow>(DataDirectory(m_dir.path()), m_db);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy loaded(m_window->browserPane(), &BrowserPane::loadFinished);
        chooseSite(QStringLiteral("青禾县人民政府"), SiteKind::Website);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 30000);
        const QString pageUrl = m_window->browserPane()->url().toString();

        QAction *mark = child<QAction>(m_window.get(), "markVisibleAction");
        QVERIFY(mark);
        QCOMPARE(mark->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_M));
        QVERIFY2(mark->toolTip().contains(QStringLiteral("Ctrl+M")), qPrintable(mark->toolTip()));
        QString preview;
        DialogScript script({{QStringLiteral("annotationEditor"),
                              [](QWidget *editor) {
                                  QTest::mouseClick(child<QPushButton>(editor, "annotationSaveOriginal"),
                                                    Qt::LeftButton);
                              }},
                             {QStringLiteral("findingDialog"), [&](QWidget *dialog) {
                                  preview = child<QLabel>(dialog, "findingPreviewCaption")->text();
                                  describeAndSave(dialog, QStringLiteral("首页领导姓名写错"));
                              }}});
        const int before = int(FindingRepository(m_db).list().value().size());
        // The key an inspector presses, not a method call.
        QTest::keyClick(m_window.get(), Qt::Key_M, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(script.handled, 2, 20000);
        QVERIFY2(preview.contains(QStringLiteral("Visible area")), qPrintable(preview));

        auto all = FindingRepository(m_db).list().value();
        QCOMPARE(int(all.size()), before + 1);
        const auto marked = std::find_if(all.cbegin(), all.cend(), [](const Finding &f) {
            return f.description == QStringLiteral("首页领导姓名写错");
        });
        QVERIFY(marked != all.cend());
        m_markedId = marked->id;
        QCOMPARE(marked->url, pageUrl);
        QVERIFY(marked->foundAt.isValid());
        QCOMPARE(evidenceOf(m_markedId, EvidenceKind::Screenshot), 1);
        const Evidence shot = EvidenceRepository(m_db).forFinding(m_markedId).value().first();
        const QSize view = m_window->browserPane()->view()->size() * m_window->devicePixelRatioF();
        QCOMPARE(QSize(shot.width, shot.height), view);
        // The archive follows asynchronously, with the server's answer.
        QTRY_COMPARE_WITH_TIMEOUT(evidenceOf(m_markedId, EvidenceKind::Archive), 1, 20000);
        QVERIFY(archiveText(m_markedId).contains(QStringLiteral("政务动态")));
        const QList<Evidence> rows = EvidenceRepository(m_db).forFinding(m_markedId).value();
        const auto archive = std::find_if(rows.cbegin(), rows.cend(),
                                          [](const Evidence &e) { return e.kind == EvidenceKind::Archive; });
        QCOMPARE(archive->httpStatus, 200);
        QCOMPARE(archive->finalUrl, pageUrl);
    }

    void addAnotherScreenshotToTheSelectedFinding()
    {
        m_window->findingsPanel()->selectFinding(m_markedId);
        QCOMPARE(m_window->findingsPanel()->currentFindingId(), m_markedId);
        DialogScript script({{QStringLiteral("annotationEditor"), [](QWidget *editor) {
                                  QTest::mouseClick(child<QPushButton>(editor, "annotationSaveOriginal"),
                                                    Qt::LeftButton);
                              }}});
        child<QAction>(m_window.get(), "addScreenshotAction")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(evidenceOf(m_markedId, EvidenceKind::Screenshot), 2, 20000);
        const FindingsModel *model = m_window->findingsPanel()->model();
        const int row = model->rowOf(m_markedId);
        QTRY_COMPARE(model->index(row, FindingsModel::EvidenceColumn).data().toInt(), 2);
    }

    void filterSortAndSearchTheList()
    {
        auto *view = child<QTableView>(m_window.get(), "findingsView");
        auto *sites = child<QComboBox>(m_window.get(), "findingsSiteFilter");
        QVERIFY(view->isColumnHidden(FindingsModel::SiteColumn)); // one site: no need to name it
        sites->setCurrentIndex(sites->findData(0));               // every site in the round
        QVERIFY(!view->isColumnHidden(FindingsModel::SiteColumn));
        const int inRound = int(
            FindingRepository(m_db).list({RoundRepository(m_db).all().value().first().id}).value().size());
        QCOMPARE(view->model()->rowCount(), inRound);
        auto *state = child<QComboBox>(m_window.get(), "findingsStateFilter");
        state->setCurrentIndex(state->findData(int(FindingState::Candidate)));
        QCOMPARE(view->model()->rowCount(), 1); // the demo leaves one candidate to confirm
        state->setCurrentIndex(0);
        auto *search = child<QLineEdit>(m_window.get(), "findingsSearch");
        search->setText(QStringLiteral("领导姓名"));
        QCOMPARE(view->model()->rowCount(), 2); // the demo's and the one marked above
        search->clear();
        auto *item = child<QComboBox>(m_window.get(), "findingsItemFilter");
        item->setCurrentIndex(item->findData(QStringLiteral("W-D11")));
        QCOMPARE(view->model()->rowCount(), 1);
        item->setCurrentIndex(0);
        // Sorting by the screenshot count puts the finding with two first.
        view->sortByColumn(FindingsModel::EvidenceColumn, Qt::DescendingOrder);
        QCOMPARE(view->model()->index(0, 0).data(FindingsModel::FindingIdRole).toLongLong(), m_markedId);
        // One other site: the clean demo site has no findings.
        sites->setCurrentIndex(sites->findText(QStringLiteral("白沙县人民政府"), Qt::MatchStartsWith));
        QVERIFY(sites->currentData().toLongLong() > 0);
        QCOMPARE(view->model()->rowCount(), 0);
        sites->setCurrentIndex(sites->findData(-1)); // back to the current site
        QVERIFY(view->isColumnHidden(FindingsModel::SiteColumn));
    }

    void deleteIsUndoable()
    {
        FindingsPanel *panel = m_window->findingsPanel();
        const int rows = panel->model()->rowCount();
        panel->selectFinding(m_markedId);
        QTest::mouseClick(child<QPushButton>(panel, "deleteFindingButton"), Qt::LeftButton);
        QCOMPARE(panel->model()->rowCount(), rows - 1);
        auto q = m_db.exec(QStringLiteral("SELECT deleted_at FROM findings WHERE id = ?"), {m_markedId});
        QVERIFY(q && q.value().next() && !q.value().value(0).toString().isEmpty());
        QCOMPARE(evidenceOf(m_markedId, EvidenceKind::Screenshot), 2); // evidence kept for the undo
        QTest::mouseClick(child<QPushButton>(panel, "undoDeleteButton"), Qt::LeftButton);
        QCOMPARE(panel->model()->rowCount(), rows);
        QVERIFY(panel->model()->rowOf(m_markedId) >= 0);
    }

    void openPageScrollsToTheRecordedElement()
    {
        // A finding on an element far down the home page, as an element pick records it.
        Finding f = m_window->findingsPanel()->newFinding();
        f.url = m_window->browserPane()->url().toString();
        f.description = QStringLiteral("页脚缺少网站标识码");
        f.elementSelector = QStringLiteral(".footer");
        auto id = FindingRepository(m_db).create(f);
        QVERIFY(id.ok());
        m_window->findingsPanel()->reload();
        m_window->browserPane()->load(QUrl(QStringLiteral("about:blank")));
        QTRY_COMPARE(m_window->browserPane()->url().toString(), QStringLiteral("about:blank"));
        m_window->findingsPanel()->selectFinding(id.value());
        QSignalSpy scrolled(m_window->markProblemController()->capturer(), &PageCapturer::elementScrolled);
        QTest::mouseClick(child<QPushButton>(m_window.get(), "openFindingPageButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!scrolled.isEmpty(), 20000);
        QCOMPARE(scrolled.first().at(1).toBool(), true);
        QCOMPARE(m_window->browserPane()->url().toString(), f.url);
        QTRY_VERIFY(scrollY() > 200);
    }

    void nextChecklistItemByKey()
    {
        ChecklistPanel *checklist = m_window->checklistPanel();
        checklist->selectItem(QStringLiteral("W-V1"));
        QCOMPARE(checklist->currentItemCode(), QStringLiteral("W-V1"));
        QAction *next = child<QAction>(m_window.get(), "nextItemAction");
        QCOMPARE(next->shortcut(), QKeySequence(Qt::Key_F8));
        m_window->activateWindow();
        QTRY_VERIFY(m_window->isActiveWindow());
        QTest::keyClick(m_window.get(), Qt::Key_F8);
        QCOMPARE(checklist->currentItemCode(), QStringLiteral("W-V2"));
        QTest::keyClick(m_window.get(), Qt::Key_F8, Qt::ShiftModifier);
        QCOMPARE(checklist->currentItemCode(), QStringLiteral("W-V1"));
    }

    void newMediaAccountRecordDecidesVetoItems()
    {
        chooseSite(QStringLiteral("青禾发布"), SiteKind::NewMedia);
        AccountRecordPanel *panel = m_window->accountRecordPanel();
        QTRY_VERIFY(panel->isVisible());
        // The splitter kept it zero high while it was hidden; now it must have room to be used.
        QVERIFY2(panel->height() >= panel->minimumSizeHint().height(),
                 qPrintable(
                     QStringLiteral("%1 < %2").arg(panel->height()).arg(panel->minimumSizeHint().height())));
        QVERIFY(!child<QPushButton>(panel, "accountSaveButton")->visibleRegion().isEmpty());
        const QDate t = RoundRepository(m_db).all().value().first().inspectionDate;
        child<QDateEdit>(panel, "accountLastPostDate")->setDate(t.addDays(-20));
        typeChinese(child<QLineEdit>(panel, "accountChannel"), QStringLiteral("公众号留言"));
        auto *state = child<QComboBox>(panel, "accountChannelState");
        state->setCurrentIndex(state->findData(int(ChannelState::Unanswered)));
        const QString judgement = child<QLabel>(panel, "accountJudgement")->text();
        QVERIFY2(judgement.contains(QStringLiteral("M-V2")) && judgement.contains(QStringLiteral("20")),
                 qPrintable(judgement));
        QTest::mouseClick(child<QPushButton>(panel, "accountSaveButton"), Qt::LeftButton);
        auto q = m_db.exec(
            QStringLiteral("SELECT ci.code, v.value FROM verdicts v JOIN checklist_items ci ON "
                           "ci.id = v.item_id WHERE v.site_id = ? AND v.round_id = ? AND ci.code IN "
                           "('M-V2','M-V3') ORDER BY ci.code"),
            {m_window->sitesPanel()->currentSiteId(), m_window->currentRoundId()});
        QVERIFY(q);
        QStringList verdicts;
        while (q.value().next())
            verdicts << q.value().value(0).toString() + QLatin1Char('=') + q.value().value(1).toString();
        QCOMPARE(verdicts.join(u','), QStringLiteral("M-V2=fail,M-V3=fail"));
        // The checklist beside it shows the decided verdicts at once.
        const Verdict *shown = m_window->checklistPanel()->model()->verdict(QStringLiteral("M-V2"));
        QVERIFY(shown);
        QCOMPARE(shown->value, VerdictValue::Fail);

        // The phone screenshot that proves it.
        QImage phone(360, 780, QImage::Format_RGB32);
        phone.fill(QColor(0x07, 0xc1, 0x60));
        const QString path = m_dir.path() + QStringLiteral("/wechat.png");
        QVERIFY(phone.save(path));
        panel->attachPictureFile(path);
        auto rows = EvidenceRepository(m_db).forAccountRecord(panel->recordId());
        QVERIFY(rows.ok());
        QCOMPARE(rows.value().size(), 1);
        QCOMPARE(rows.value().first().kind, EvidenceKind::Photo);
        QCOMPARE(rows.value().first().width, 360);
        QVERIFY(child<QLabel>(panel, "accountEvidenceCount")->text().contains(QLatin1Char('1')));
    }

    void cleanupTestCase() { m_window.reset(); }
};

XJ_GUI_TEST_MAIN(TestMarkProblem)
#include "tst_markproblem.moc"
