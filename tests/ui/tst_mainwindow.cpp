// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTest.h"
#include "TestDataDir.h"
#include "app/GuiStartup.h"
#include "browser/BrowserPane.h"
#include "checklist/ChecklistModel.h"
#include "checklist/ChecklistPanel.h"
#include "demo/DemoSiteHost.h"
#include "findings/FindingsModel.h"
#include "findings/FindingsPanel.h"
#include "mainwindow/MainWindow.h"
#include "sites/SiteListModel.h"
#include "sites/SitesPanel.h"
#include "storage/Database.h"
#include "storage/FindingRepository.h"
#include "storage/SiteRepository.h"
#include "storage/VerdictRepository.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QWebEnginePage>
#include <QWebEngineView>

#include <memory>

using namespace xj;
using namespace GuiTest;

// The workbench as an inspector uses it: open the demo, look at a page, record verdicts and a
// finding, quit, start again on the same data folder and find everything where it was left.
class TestMainWindow : public QObject
{
    Q_OBJECT

    TestDataDir m_dir;
    QString m_plantedUrl;
    double m_siteListShare = 0;

    static void clickRow(QAbstractItemView *view, const QModelIndex &index)
    {
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    }

    static void pageText(QWebEngineView *view, QString &text)
    {
        bool done = false;
        view->page()->runJavaScript(QStringLiteral("document.body ? document.body.innerText : ''"),
                                    [&](const QVariant &v) {
                                        text = v.toString();
                                        done = true;
                                    });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    }

    // Clicks the row of the site named `name` in the site list.
    static void chooseSite(MainWindow &window, const QString &name)
    {
        auto *list = child<QTableView>(&window, "siteList");
        QVERIFY(list);
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const QModelIndex index = list->model()->index(row, SiteListModel::NameColumn);
            if (index.data().toString() == name &&
                index.data(SiteListModel::KindRole).toInt() == int(SiteKind::Website)) {
                clickRow(list, index);
                QCOMPARE(window.sitesPanel()->currentSite()->name, name);
                return;
            }
        }
        QFAIL("site not in the list");
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void firstStartOpensDemoAndRecordsWork()
    {
        Database db;
        const Status opened = GuiStartup::openWorkspace(DataDirectory(m_dir.path()), db, true);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().fullText()));
        DemoSiteHost host;
        const QString served = GuiStartup::serveDemoSites(db, host);
        QVERIFY2(served.contains(QStringLiteral("http://127.0.0.1:")), qPrintable(served));

        MainWindow window(DataDirectory(m_dir.path()), db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *splitter = child<QSplitter>(&window, "mainSplitter");
        splitter->setSizes({300, 800, 500});
        const QList<int> sizes = splitter->sizes();
        m_siteListShare = double(sizes.first()) / (sizes.at(0) + sizes.at(1) + sizes.at(2));

        // The demo page opens in the embedded browser, with its Chinese text.
        QSignalSpy loaded(window.browserPane(), &BrowserPane::loadFinished);
        chooseSite(window, QStringLiteral("青禾县人民政府"));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 30000);
        QVERIFY(loaded.last().first().toBool());
        m_plantedUrl = window.browserPane()->url().toString();
        QVERIFY2(m_plantedUrl.startsWith(QStringLiteral("http://127.0.0.1:")), qPrintable(m_plantedUrl));
        QVERIFY(window.browserPane()->title().contains(QStringLiteral("青禾县")));
        QString text;
        pageText(window.browserPane()->view(), text);
        QVERIFY2(text.contains(QStringLiteral("政务动态")) && text.contains(QStringLiteral("通知公告")),
                 qPrintable(text.left(200)));
        // Something was really painted: the page's banner is not a blank white view.
        const QImage shot = window.browserPane()->view()->grab().toImage();
        int coloured = 0;
        for (int y = 0; y < shot.height(); y += 7)
            for (int x = 0; x < shot.width(); x += 7)
                coloured += QColor(shot.pixel(x, y)).saturation() > 100 ? 1 : 0;
        QVERIFY2(coloured > 50, qPrintable(QStringLiteral("%1 coloured samples").arg(coloured)));

        // A veto verdict with a note; the score reacts at once.
        ChecklistPanel *checklist = window.checklistPanel();
        auto *tree = child<QTreeView>(&window, "checklistView");
        clickRow(tree, checklist->model()->indexOf(QStringLiteral("W-V1")));
        QCOMPARE(checklist->currentItemCode(), QStringLiteral("W-V1"));
        QTest::mouseClick(child<QRadioButton>(&window, "verdictFail"), Qt::LeftButton);
        auto *note = child<QPlainTextEdit>(&window, "verdictNote");
        QTRY_VERIFY(note->isEnabled());
        typeChinese(note, QStringLiteral("领导姓名错误"));
        QTRY_COMPARE_WITH_TIMEOUT(checklist->model()->verdict(QStringLiteral("W-V1"))->note,
                                  QStringLiteral("领导姓名错误"), 5000);
        auto *score = child<QLabel>(&window, "scoreLabel");
        QVERIFY2(score->text().contains(QStringLiteral("Unqualified")), qPrintable(score->text()));

        // A deduction with points.
        clickRow(tree, checklist->model()->indexOf(QStringLiteral("W-D5")));
        QTest::mouseClick(child<QRadioButton>(&window, "verdictFail"), Qt::LeftButton);
        auto *points = child<QDoubleSpinBox>(&window, "verdictPoints");
        QVERIFY(points->isEnabled());
        points->setValue(3);
        QCOMPARE(checklist->model()->verdict(QStringLiteral("W-D5"))->points, 3.0);

        // A finding by hand, through the dialog, prefilled with the page and the item in focus.
        QString prefilledUrl;
        QTimer::singleShot(0, this, [&] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog && dialog->objectName() == QStringLiteral("findingDialog"));
            prefilledUrl = child<QLineEdit>(dialog, "findingUrl")->text();
            typeChinese(child<QPlainTextEdit>(dialog, "findingDescription"),
                        QStringLiteral("栏目更新不及时"));
            auto *buttons = child<QDialogButtonBox>(dialog, "findingDialogButtons");
            QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(&window, "addFindingButton"), Qt::LeftButton);
        QCOMPARE(prefilledUrl, m_plantedUrl);
        const FindingsModel *findings = window.findingsPanel()->model();
        bool found = false;
        for (int row = 0; row < findings->rowCount(); ++row)
            found |= findings->finding(row)->description == QStringLiteral("栏目更新不及时") &&
                     findings->finding(row)->itemCode == QStringLiteral("W-D5");
        QVERIFY(found);
        window.close();
    }

    void restartFindsEverything()
    {
        Database db;
        QVERIFY(GuiStartup::openWorkspace(DataDirectory(m_dir.path()), db, true).ok());
        DemoSiteHost host;
        GuiStartup::serveDemoSites(db, host);

        // The database itself holds the work …
        auto sites = SiteRepository(db).all();
        QVERIFY(sites.ok());
        const auto planted = std::find_if(sites.value().cbegin(), sites.value().cend(), [](const Site &s) {
            return s.name == QStringLiteral("青禾县人民政府") && s.kind == SiteKind::Website;
        });
        QVERIFY(planted != sites.value().cend());
        QCOMPARE(planted->lastUrl, m_plantedUrl);
        auto verdicts = VerdictRepository(db).forSite(1, planted->id);
        QVERIFY(verdicts.ok());
        const auto veto = std::find_if(verdicts.value().cbegin(), verdicts.value().cend(),
                                       [](const Verdict &v) { return v.itemCode == QStringLiteral("W-V1"); });
        QVERIFY(veto != verdicts.value().cend());
        QCOMPARE(veto->value, VerdictValue::Fail);
        QCOMPARE(veto->note, QStringLiteral("领导姓名错误"));

        // … and the window shows it again where the inspector left it.
        MainWindow window(DataDirectory(m_dir.path()), db);
        QSignalSpy loaded(window.browserPane(), &BrowserPane::loadFinished);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.sitesPanel()->currentSite()->name, QStringLiteral("青禾县人民政府"));
        const QList<int> sizes = child<QSplitter>(&window, "mainSplitter")->sizes();
        const double share = double(sizes.first()) / (sizes.at(0) + sizes.at(1) + sizes.at(2));
        QVERIFY2(qAbs(share - m_siteListShare) < 0.02,
                 qPrintable(QStringLiteral("%1 vs %2").arg(share).arg(m_siteListShare)));
        const ChecklistModel *checklist = window.checklistPanel()->model();
        QVERIFY(checklist->verdict(QStringLiteral("W-V1")));
        QCOMPARE(checklist->verdict(QStringLiteral("W-V1"))->value, VerdictValue::Fail);
        QCOMPARE(checklist->verdict(QStringLiteral("W-D5"))->points, 3.0);
        const FindingsModel *findings = window.findingsPanel()->model();
        QStringList descriptions;
        for (int row = 0; row < findings->rowCount(); ++row)
            descriptions.append(findings->finding(row)->description);
        QVERIFY2(descriptions.contains(QStringLiteral("栏目更新不及时")),
                 qPrintable(descriptions.join(u'|')));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 30000);
        QCOMPARE(window.browserPane()->url().toString(), m_plantedUrl);
        window.close();
    }
};

XJ_GUI_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
