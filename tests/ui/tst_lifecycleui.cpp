// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindingPlace.h"
#include "GuiTest.h"
#include "TestDatabase.h"
#include "findings/FindingDialog.h"
#include "findings/FindingsPanel.h"
#include "lifecycle/FeedbackDialog.h"
#include "lifecycle/FindingHistoryModel.h"
#include "lifecycle/LifecycleController.h"
#include "lifecycle/OverdueDialog.h"
#include "lifecycle/OverdueModel.h"
#include "storage/FindingRepository.h"
#include "storage/NoticeRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>

#include <functional>
#include <memory>

using namespace xj;
using namespace GuiTest;

// The lifecycle in the workbench, driven by objectName: the findings panel's "Change state" menu
// offers only legal moves and shows a refusal, the feedback dialog stores files, the history
// dialog tells the story, the finding dialog's state list, and the overdue list with its holidays.
class TestLifecycleUi : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_fixture;
    FindingPlace m_place;
    std::unique_ptr<FindingsPanel> m_panel;
    LifecycleController *m_controller = nullptr;

    Database &db() { return m_fixture->db(); }
    QString text(const QString &sql, const QVariantList &params = {})
    {
        auto q = db().exec(sql, params);
        return q && q.value().next() ? q.value().value(0).toString() : QString();
    }
    qint64 finding(FindingState state)
    {
        Finding f;
        f.roundId = m_place.roundId;
        f.siteId = m_place.siteId;
        f.description = QStringLiteral("政务公开栏目长期未更新");
        f.inspector = QStringLiteral("李明");
        f.state = state;
        auto id = FindingRepository(db()).create(f);
        return id ? id.value() : 0;
    }
    void showPanel()
    {
        m_panel = std::make_unique<FindingsPanel>(db());
        m_panel->setInspector(QStringLiteral("王芳"));
        m_controller = new LifecycleController(db(), m_fixture->dir().path(), m_panel.get(), m_panel.get());
        m_panel->setContext(m_place.roundId, m_place.siteId, {}, {});
        m_panel->resize(900, 400);
        m_panel->show();
    }
    /// Runs `handle` on the next modal window while `open` blocks in its exec().
    static void onModal(const std::function<void(QWidget *)> &handle, const std::function<void()> &open)
    {
        bool handled = false;
        auto *timer = new QTimer;
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, [&handled, &handle, timer] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                timer->stop();
                handled = true;
                handle(modal);
                // A failed check inside must not leave the dialog waiting for a click forever.
                if (auto *dialog = qobject_cast<QDialog *>(modal); dialog && QTest::currentTestFailed())
                    dialog->reject();
            }
        });
        timer->start();
        open();
        delete timer;
        QVERIFY(handled);
    }
    QStringList stateActions()
    {
        QMenu *menu = child<QMenu>(m_panel.get(), "changeStateMenu");
        emit menu->aboutToShow();
        QStringList names;
        for (QAction *a : menu->actions())
            names << a->objectName();
        return names;
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<TestDatabase>();
        QVERIFY(m_fixture->isOpen());
        m_place = addFindingPlace(db());
        QVERIFY(m_place.roundId > 0);
    }
    void cleanup()
    {
        m_panel.reset();
        m_fixture.reset();
    }

    void changeStateOffersOnlyLegalMoves()
    {
        const qint64 id = finding(FindingState::Confirmed);
        showPanel();
        m_panel->selectFinding(id);
        QCOMPARE(m_panel->currentFindingId(), id);
        // The context menu of the list carries the submenu and the two dialogs.
        auto *view = child<QTableView>(m_panel.get(), "findingsView");
        QVERIFY(view->actions().contains(child<QMenu>(m_panel.get(), "changeStateMenu")->menuAction()));
        QVERIFY(view->actions().contains(child<QAction>(m_panel.get(), "recordFeedbackAction")));
        QVERIFY(view->actions().contains(child<QAction>(m_panel.get(), "findingHistoryAction")));
        QCOMPARE(stateActions(), (QStringList{QStringLiteral("changeStateTo_notified"),
                                              QStringLiteral("changeStateTo_false_positive"),
                                              QStringLiteral("changeStateTo_doubtful")}));
        QVERIFY(!child<QAction>(m_panel.get(), "recordFeedbackAction")->isEnabled());

        child<QAction>(child<QMenu>(m_panel.get(), "changeStateMenu"), "changeStateTo_notified")->trigger();
        QCOMPARE(text(QStringLiteral("SELECT state FROM findings WHERE id = ?"), {id}),
                 QStringLiteral("notified"));
        QCOMPARE(
            text(QStringLiteral("SELECT actor || ':' || old_value || '>' || new_value FROM finding_history "
                                "WHERE finding_id = ? AND field = 'state'"),
                 {id}),
            QStringLiteral("王芳:confirmed>notified"));
        QCOMPARE(m_panel->currentFinding()->state, FindingState::Notified);
        QCOMPARE(stateActions(), (QStringList{QStringLiteral("changeStateTo_fed_back"),
                                              QStringLiteral("changeStateTo_recheck_passed"),
                                              QStringLiteral("changeStateTo_recheck_failed")}));
        QVERIFY(child<QAction>(m_panel.get(), "recordFeedbackAction")->isEnabled());
    }

    void staleMoveIsRefusedWithAMessage()
    {
        const qint64 id = finding(FindingState::Confirmed);
        showPanel();
        m_panel->selectFinding(id);
        stateActions();
        // Someone else settled the finding as a false positive meanwhile; the panel still shows it confirmed.
        QVERIFY(db().exec(QStringLiteral("UPDATE findings SET state = 'false_positive' WHERE id = ?"), {id})
                    .ok());
        QString message;
        onModal(
            [&message](QWidget *modal) {
                auto *box = qobject_cast<QMessageBox *>(modal);
                QVERIFY(box);
                QCOMPARE(box->objectName(), QStringLiteral("errorDialog"));
                message = box->text();
                box->accept();
            },
            [this] {
                child<QAction>(child<QMenu>(m_panel.get(), "changeStateMenu"), "changeStateTo_notified")
                    ->trigger();
            });
        QVERIFY2(message.contains(QLatin1String("confirmed")), qPrintable(message));
        QCOMPARE(text(QStringLiteral("SELECT state FROM findings WHERE id = ?"), {id}),
                 QStringLiteral("false_positive"));
    }

    void feedbackAndHistory()
    {
        const qint64 id = finding(FindingState::Notified);
        const QString png = m_fixture->dir().filePath(QStringLiteral("截图.png"));
        const QString doc = m_fixture->dir().filePath(QStringLiteral("整改报告.docx"));
        for (const QString &path : {png, doc}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(path.toUtf8());
        }
        showPanel();
        m_panel->selectFinding(id);
        QAction *record = child<QAction>(m_panel.get(), "recordFeedbackAction");
        QVERIFY(record->isEnabled());
        onModal(
            [&](QWidget *modal) {
                auto *dialog = qobject_cast<FeedbackDialog *>(modal);
                QVERIFY(dialog);
                typeChinese(child<QPlainTextEdit>(dialog, "feedbackBody"),
                            QStringLiteral("已于12月2日更新栏目。"));
                dialog->addAttachments({png, doc, png}); // the same file twice is listed once
                QCOMPARE(dialog->attachments().size(), 2);
                child<QDialogButtonBox>(dialog, "feedbackButtons")->button(QDialogButtonBox::Save)->click();
            },
            [record] { record->trigger(); });
        QCOMPARE(text(QStringLiteral("SELECT body FROM finding_feedback WHERE finding_id = ?"), {id}),
                 QStringLiteral("已于12月2日更新栏目。"));
        QCOMPARE(text(QStringLiteral("SELECT group_concat(file_name, '|') FROM feedback_attachments")),
                 QStringLiteral("截图.png|整改报告.docx"));
        QCOMPARE(text(QStringLiteral("SELECT sha256 FROM feedback_attachments WHERE file_name = ?"),
                      {QStringLiteral("整改报告.docx")}),
                 fileSha256(doc));
        QCOMPARE(text(QStringLiteral("SELECT state FROM findings WHERE id = ?"), {id}),
                 QStringLiteral("fed_back"));
        QVERIFY(!record->isEnabled());

        onModal(
            [](QWidget *modal) {
                QCOMPARE(modal->objectName(), QStringLiteral("findingHistoryDialog"));
                QAbstractItemModel *model = child<QTableView>(modal, "findingHistoryTable")->model();
                QVERIFY(qobject_cast<FindingHistoryModel *>(model));
                QAbstractItemModelTester tester(model,
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
                QCOMPARE(model->rowCount(), 3); // created, feedback, state
                QCOMPARE(model->index(0, 2).data().toString(), QStringLiteral("Created"));
                QCOMPARE(model->index(1, 2).data().toString(), QStringLiteral("Unit feedback"));
                QCOMPARE(model->index(2, 1).data().toString(), QStringLiteral("王芳"));
                QCOMPARE(model->index(2, 2).data().toString(), QStringLiteral("State"));
                QCOMPARE(model->index(2, 3).data().toString(),
                         QStringLiteral("Notified → Feedback received"));
                QCOMPARE(model->index(2, 3).data(Qt::ToolTipRole).toString(),
                         QStringLiteral("Notified → Feedback received"));
                QCOMPARE(model->headerData(FindingHistoryModel::ChangeColumn, Qt::Horizontal).toString(),
                         QStringLiteral("Change"));
                const QString answers = child<QTextBrowser>(modal, "findingAnswersView")->toPlainText();
                QVERIFY2(answers.contains(QStringLiteral("已于12月2日更新栏目。")), qPrintable(answers));
                QVERIFY(answers.contains(QStringLiteral("整改报告.docx")));
                QVERIFY(answers.contains(QStringLiteral("Not re-checked yet.")));
                qobject_cast<QDialog *>(modal)->reject();
            },
            [this] { child<QAction>(m_panel.get(), "findingHistoryAction")->trigger(); });
    }

    void findingDialogOffersCurrentAndNextStates()
    {
        Finding saved;
        saved.id = 7;
        saved.state = FindingState::Doubtful;
        saved.description = QStringLiteral("疑似错别字");
        FindingDialog edit(saved, {});
        auto *states = child<QComboBox>(&edit, "findingState");
        QStringList labels;
        for (int i = 0; i < states->count(); ++i)
            labels << states->itemText(i);
        QCOMPARE(labels, (QStringList{QStringLiteral("Doubtful"), QStringLiteral("Confirmed"),
                                      QStringLiteral("False positive")}));
        QCOMPARE(states->currentText(), QStringLiteral("Doubtful"));

        Finding fresh = saved;
        fresh.id = 0;
        FindingDialog add(fresh, {});
        QCOMPARE(child<QComboBox>(&add, "findingState")->count(), 8);
    }

    void overdueListCountsWorkingDaysAndOpensTheFinding()
    {
        // The office's own holiday table: 国庆 off, Saturday 10 October worked (调休).
        QFile holidays(m_fixture->dir().filePath(QStringLiteral("holidays-cn.tsv")));
        QVERIFY(holidays.open(QIODevice::WriteOnly));
        for (int day = 1; day <= 7; ++day)
            holidays.write(
                QStringLiteral("2026-10-%1\toff\t国庆节\n").arg(day, 2, 10, QLatin1Char('0')).toUtf8());
        holidays.write("2026-10-10\twork\t国庆节调休\n");
        holidays.close();
        const qint64 late = finding(FindingState::Notified);
        finding(FindingState::FedBack); // answered: not overdue
        QVERIFY(NoticeRepository(db())
                    .issue(m_place.roundId, m_place.siteId, QDate(2026, 9, 16),
                           NoticeRepository::defaultSettings(), QDate(2026, 9, 30))
                    .ok());

        OverdueDialog dialog(db(), m_fixture->dir().path());
        dialog.setToday(QDate(2026, 10, 12));
        dialog.setRoundId(m_place.roundId);
        dialog.show();
        auto *table = child<QTableView>(&dialog, "overdueTable");
        QAbstractItemModel *model = table->model();
        QVERIFY(qobject_cast<OverdueModel *>(model));
        // Watches the reloads below (a model reset each) as well as the rows.
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, OverdueModel::SiteColumn).data().toString(),
                 QStringLiteral("青禾县人民政府"));
        QCOMPARE(model->index(0, OverdueModel::DeadlineColumn).data().toString(),
                 QStringLiteral("2026-09-30"));
        // After 30 September: 8, 9, 10 (调休) and 12 October.
        QCOMPARE(model->index(0, OverdueModel::DaysColumn).data().toString(), QStringLiteral("4"));
        QCOMPARE(model->index(0, OverdueModel::DaysColumn).data(Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
        QVERIFY(model->index(0, OverdueModel::NoticeColumn).data().toString().contains(QLatin1String("1")));
        QVERIFY(model->index(0, OverdueModel::FindingColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("#%1 ").arg(late)));
        QCOMPARE(model->headerData(OverdueModel::DaysColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Working days overdue"));

        child<QCheckBox>(&dialog, "overdueAllRounds")->setChecked(true);
        QCOMPARE(model->rowCount(), 1);

        QList<qint64> activated;
        connect(&dialog, &OverdueDialog::findingActivated, this,
                [&activated](const Finding &f) { activated.append(f.id); });
        const QRect cell = table->visualRect(model->index(0, OverdueModel::FindingColumn));
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // An item view takes a double click only after the press that starts it, as from a real mouse.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first(), late);
    }
};

XJ_GUI_TEST_MAIN(TestLifecycleUi)
#include "tst_lifecycleui.moc"
