// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTest.h"
#include "TestDataDir.h"
#include "app/GuiStartup.h"
#include "escalation/EscalationDialog.h"
#include "escalation/EscalationProposalModel.h"
#include "mainwindow/MainWindow.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTableView>

using namespace xj;
using namespace GuiTest;

// The escalation dialog reached the way an inspector does: Rectification ▸ Escalation… in the
// main window on the demo workspace, where two sites failed re-check. One site's "Enroll" box is
// unticked with the mouse; applying saves both decisions and enrolls only the other person.
class TestEscalationDialog : public QObject
{
    Q_OBJECT

    TestDataDir m_dir;
    Database m_db;

    QString text(const QString &sql, const QVariantList &params = {})
    {
        auto q = m_db.exec(sql, params);
        return q && q.value().next() ? q.value().value(0).toString() : QString();
    }
    int count(const QString &from) { return text(QStringLiteral("SELECT count(*) FROM ") + from).toInt(); }

    static void clickCheckBox(QTableView *view, const QModelIndex &index)
    {
        QStyleOptionViewItem option;
        option.initFrom(view->viewport());
        option.rect = view->visualRect(index);
        option.features |= QStyleOptionViewItem::HasCheckIndicator;
        const QRect box = view->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, view);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, box.center());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(GuiStartup::openWorkspace(DataDirectory(m_dir.path()), m_db, true).ok());
        // The demo site's first confirmed problem failed re-check, and so did one of a new-media
        // account of the same round.
        QVERIFY(m_db.exec(QStringLiteral(
                              "UPDATE findings SET state = 'recheck_failed' WHERE id = (SELECT min(id) "
                              "FROM findings WHERE state = 'confirmed')"))
                    .ok());
        QVERIFY(
            m_db.exec(QStringLiteral("INSERT INTO findings (site_id, round_id, description, severity, state, "
                                     "found_at) SELECT s.id, r.id, '一个月未更新', 'deduction', "
                                     "'recheck_failed', '2026-11-01T08:00:00Z' FROM sites s, rounds r WHERE "
                                     "s.kind = 'newmedia' AND s.person_in_charge <> '' ORDER BY s.id, r.id "
                                     "LIMIT 1"))
                .ok());
        // In this quarter's round (1); the demo's previous round has a failure of its own.
        QCOMPARE(count(QStringLiteral("findings WHERE state = 'recheck_failed' AND round_id = 1")), 2);
    }

    void untickOneEnrollmentAndApply()
    {
        MainWindow window(DataDirectory(m_dir.path()), m_db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.currentRoundId() > 0);
        auto *action = child<QAction>(&window, "escalationAction");
        QVERIFY(action);
        action->trigger();
        EscalationDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<EscalationDialog *>(QStringLiteral("escalationDialog"))) &&
                    dialog->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        EscalationProposalModel *model = dialog->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 2);
        for (int row = 0; row < 2; ++row) {
            QCOMPARE(model->index(row, EscalationProposalModel::Enroll).data(Qt::CheckStateRole).toInt(),
                     int(Qt::Checked));
            QVERIFY(!model->index(row, EscalationProposalModel::Person).data().toString().isEmpty());
        }

        auto *table = child<QTableView>(dialog, "escalationTable");
        table->scrollTo(model->index(1, EscalationProposalModel::Enroll));
        clickCheckBox(table, model->index(1, EscalationProposalModel::Enroll));
        QTRY_COMPARE(model->index(1, EscalationProposalModel::Enroll).data(Qt::CheckStateRole).toInt(),
                     int(Qt::Unchecked));
        const qint64 enrolledSite = model->proposals().at(0).site.id;
        const qint64 notEnrolledSite = model->proposals().at(1).site.id;
        const QString person = model->proposals().at(0).site.personInCharge;

        child<QDateEdit>(dialog, "escalationStartDate")->setDate(QDate(2026, 12, 7));
        QTest::mouseClick(child<QPushButton>(dialog, "escalationApplyButton"), Qt::LeftButton);

        QCOMPARE(count(QStringLiteral("escalations")), 2);
        QCOMPARE(count(QStringLiteral("escalations WHERE criticised = 1 AND accountability <> ''")), 2);
        QCOMPARE(count(QStringLiteral("training_enrollments")), 1);
        QCOMPARE(
            text(QStringLiteral("SELECT site_id || '|' || person || '|' || start_date || '|' || status FROM "
                                "training_enrollments")),
            QStringLiteral("%1|%2|2026-12-07|enrolled").arg(enrolledSite).arg(person));
        QCOMPARE(count(QStringLiteral("training_enrollments WHERE site_id = %1").arg(notEnrolledSite)), 0);
        // The dialog now shows the saved decisions, with the unticked box still unticked.
        QVERIFY(model->proposals().at(0).saved.has_value());
        QCOMPARE(model->index(1, EscalationProposalModel::Enroll).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Unchecked));
        QVERIFY2(child<QLabel>(dialog, "escalationStatusLabel")->text().contains(QLatin1String("1 person")),
                 qPrintable(child<QLabel>(dialog, "escalationStatusLabel")->text()));
        // With XJ_SHOT set, how the dialog looks goes to /tmp/escalation-dialog.png, for looking at it.
        if (qEnvironmentVariableIsSet("XJ_SHOT"))
            dialog->grab().save(QStringLiteral("/tmp/escalation-dialog.png"));
        dialog->close();
        window.close();
    }
};

XJ_GUI_TEST_MAIN(TestEscalationDialog)
#include "tst_escalationdialog.moc"
