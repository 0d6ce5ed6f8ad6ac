// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseTestCase.h"
#include "GuiTest.h"
#include "audit/AuditComparisonModel.h"
#include "audit/AuditComparisonWindow.h"
#include "audit/AuditHistoryModel.h"
#include "audit/ReconcileDialog.h"
#include "core/DataDirectory.h"
#include "evidence/EvidenceStore.h"
#include "settings/UiSettings.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>

using namespace xj;
using namespace GuiTest;

// The peer-audit comparison window on one site judged by this office and team "A组": one pair of
// findings both saw, one only this office saw, one only the team saw, and one item (W-D2) the two
// judged differently. The team's finding is kept through the reconcile dialog (a reason required),
// this office's lone finding dropped, and the site's history read back newest first.
class TestAuditComparisonUi : public DatabaseTestCase
{
    Q_OBJECT

    qint64 m_round = 0;
    qint64 m_site = 0;
    qint64 m_import = 0;
    qint64 m_localMatched = 0;
    qint64 m_localOnly = 0;
    qint64 m_teamMatched = 0;
    qint64 m_teamOnly = 0;
    QHash<QString, qint64> m_items;

    qint64 insert(const QString &sql, const QVariantList &params = {})
    {
        auto q = db().exec(sql, params);
        if (!q) {
            qWarning() << q.error().message << q.error().detail;
            return 0;
        }
        return q.value().lastInsertId().toLongLong();
    }
    QString text(const QString &sql, const QVariantList &params = {})
    {
        auto q = db().exec(sql, params);
        return q && q.value().next() ? q.value().value(0).toString() : QStringLiteral("<none>");
    }
    /// A small picture in the data folder's evidence store, as an import would have left it.
    StoredFile picture(const QColor &colour)
    {
        QImage image(320, 200, QImage::Format_RGB32);
        image.fill(colour);
        QPainter(&image).drawText(image.rect(), Qt::AlignCenter, QStringLiteral("evidence"));
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return EvidenceStore(dir().path()).put(bytes, QStringLiteral("png")).value();
    }
    qint64 localFinding(const char *item, const QString &url, const QString &description,
                        const QString &selector)
    {
        return insert(QStringLiteral("INSERT INTO findings (site_id, round_id, item_id, url, description, "
                                     "severity, state, inspector, found_at, element_selector) VALUES "
                                     "(?, ?, ?, ?, ?, 'deduction', 'confirmed', '李检查', "
                                     "'2026-11-20T08:00:00Z', ?)"),
                      {m_site, m_round, m_items.value(QLatin1String(item)), url, description, selector});
    }
    qint64 teamFinding(const char *item, const QString &url, const QString &description,
                       const QString &selector)
    {
        return insert(QStringLiteral("INSERT INTO audit_findings (import_id, site_id, origin_finding_id, "
                                     "item_code, url, description, severity, inspector, found_at, "
                                     "element_selector) VALUES (?, ?, 900, ?, ?, ?, 'deduction', '王互查', "
                                     "'2026-11-21T08:00:00Z', ?)"),
                      {m_import, m_site, QString::fromLatin1(item), url, description, selector});
    }
    /// Answers the reconcile dialog once it opens: `choice` radio, then `reason`, then OK.
    void answerReconcile(const char *choice, const QString &reason, bool *okWasBlocked)
    {
        whenModal("reconcileDialog", [choice, reason, okWasBlocked](QWidget *dialog) {
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            child<QRadioButton>(dialog, choice)->click();
            auto *edit = child<QPlainTextEdit>(dialog, "reconcileReason");
            edit->setPlainText(QStringLiteral("   "));
            *okWasBlocked = !ok->isEnabled();
            edit->setPlainText(reason);
            if (qEnvironmentVariableIsSet("XJ_AUDIT_SCREENSHOT"))
                dialog->grab().save(qEnvironmentVariable("XJ_AUDIT_SCREENSHOT") +
                                    QStringLiteral(".dialog.png"));
            if (ok->isEnabled())
                ok->click();
            else
                static_cast<QDialog *>(dialog)->reject(); // the test fails on the missing row
        });
    }

private slots:
    void init()
    {
        DatabaseTestCase::init();
        const qint64 unit =
            insert(QStringLiteral("INSERT INTO units (name) VALUES ('青禾县人民政府办公室')"));
        m_site = insert(QStringLiteral("INSERT INTO sites (kind, name, url, unit_id) VALUES ('website', "
                                       "'县政府门户网站', 'http://www.qinghe.gov.cn/', ?)"),
                        {unit});
        const qint64 checklist = insert(QStringLiteral(
            "INSERT INTO checklist_templates (template_key, name, applies_to, content_json, content_sha256) "
            "VALUES ('test', '测试指标', 'website', '{}', 'x')"));
        int order = 0;
        for (const char *code : {"W-D1", "W-D2", "W-D3"}) {
            m_items.insert(
                QLatin1String(code),
                insert(QStringLiteral("INSERT INTO checklist_items (template_id, code, kind, title, "
                                      "points, sort_order) VALUES (?, ?, 'deduction', ?, 2, ?)"),
                       {checklist, QString::fromLatin1(code),
                        QString(QStringLiteral("指标") + QString::fromLatin1(code)), ++order}));
        }
        m_round =
            insert(QStringLiteral("INSERT INTO rounds (name, kind, inspection_date, website_template_id) "
                                  "VALUES ('2026年第四季度互查', 'peer', '2026-11-20', ?)"),
                   {checklist});
        m_import = insert(QStringLiteral("INSERT INTO audit_imports (round_id, team, package_sha256, "
                                         "manifest_json, created_at) VALUES (?, 'A组', ?, '{}', "
                                         "'2026-11-22T08:00:00Z')"),
                          {m_round, QString(64, QLatin1Char('a'))});

        const QString home = QStringLiteral("http://www.qinghe.gov.cn/index.html");
        m_localMatched =
            localFinding("W-D1", home, QStringLiteral("“政务公开”栏目空白"), QStringLiteral("#open"));
        m_localOnly = localFinding("W-D2", QStringLiteral("http://www.qinghe.gov.cn/news/1.html"),
                                   QStringLiteral("错别字：“政府”误为“正府”"), QStringLiteral("#body p"));
        m_teamMatched =
            teamFinding("W-D1", home, QStringLiteral("政务公开栏目无内容"), QStringLiteral("#open"));
        m_teamOnly = teamFinding("W-D3", QStringLiteral("http://www.qinghe.gov.cn/links.html"),
                                 QStringLiteral("友情链接“省政府”打不开"), QStringLiteral("#links a"));

        const StoredFile local = picture(QColor(0x40, 0x80, 0xc0));
        insert(
            QStringLiteral("INSERT INTO evidence (finding_id, kind, sha256, size, media_type, file_suffix, "
                           "width, height, captured_at) VALUES (?, 'screenshot', ?, ?, 'image/png', 'png', "
                           "320, 200, '2026-11-20T08:00:00Z')"),
            {m_localMatched, local.sha256, local.size});
        const StoredFile team = picture(QColor(0xc0, 0x60, 0x40));
        for (qint64 finding : {m_teamMatched, m_teamOnly}) {
            insert(QStringLiteral(
                       "INSERT INTO audit_evidence (audit_finding_id, kind, sha256, size, media_type, "
                       "file_suffix, width, height) VALUES (?, 'screenshot', ?, ?, 'image/png', "
                       "'png', 320, 200)"),
                   {finding, team.sha256, team.size});
        }
        insert(QStringLiteral("INSERT INTO audit_evidence (audit_finding_id, kind, sha256, size, media_type, "
                              "file_suffix, sort_order) VALUES (?, 'archive', ?, 10, 'multipart/related', "
                              "'mhtml', 1)"),
               {m_teamOnly, QString(64, QLatin1Char('b'))});

        // Both fail W-D1; W-D2 fails here and passes for the team: one disagreement.
        for (const char *code : {"W-D1", "W-D2"}) {
            insert(QStringLiteral("INSERT INTO verdicts (round_id, site_id, item_id, value, points) "
                                  "VALUES (?, ?, ?, 'fail', 1)"),
                   {m_round, m_site, m_items.value(QLatin1String(code))});
        }
        insert(QStringLiteral("INSERT INTO audit_verdicts (import_id, site_id, item_code, value, points) "
                              "VALUES (?, ?, 'W-D1', 'fail', 1), (?, ?, 'W-D2', 'pass', 0)"),
               {m_import, m_site, m_import, m_site});
        QVERIFY(m_localOnly > 0 && m_teamOnly > 0);
    }

    void comparesAndReconciles()
    {
        UiSettings(DataDirectory(dir().path()).uiStatePath()).setInspectorName(QStringLiteral("张核对"));
        auto window = std::make_unique<AuditComparisonWindow>(db(), dir().path(), m_round);
        window->show();
        QCOMPARE(window->objectName(), QStringLiteral("auditComparisonWindow"));

        auto *sites = child<QListWidget>(window.get(), "auditSiteList");
        QCOMPARE(sites->count(), 1);
        QCOMPARE(sites->item(0)->text(), QStringLiteral("县政府门户网站 (2 to reconcile)"));
        QCOMPARE(child<QComboBox>(window.get(), "leftSide")->currentData().toLongLong(), 0);
        QCOMPARE(child<QComboBox>(window.get(), "rightSide")->currentData().toLongLong(), m_import);
        QCOMPARE(child<QComboBox>(window.get(), "rightSide")->currentText(), QStringLiteral("A组"));

        auto *table = child<QTableView>(window.get(), "comparisonTable");
        QAbstractItemModel *model = table->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 3);
        const auto cell = [model](int row, int column, int role = Qt::DisplayRole) {
            return model->index(row, column).data(role);
        };
        QCOMPARE(cell(0, AuditComparisonModel::MatchColumn).toString(), QStringLiteral("Matched"));
        QCOMPARE(cell(1, AuditComparisonModel::MatchColumn).toString(), QStringLiteral("Only left"));
        QCOMPARE(cell(2, AuditComparisonModel::MatchColumn).toString(), QStringLiteral("Only right"));
        QVERIFY(cell(0, AuditComparisonModel::LeftColumn).toString().contains(QStringLiteral("栏目空白")));
        QVERIFY(cell(0, AuditComparisonModel::RightColumn).toString().contains(QStringLiteral("无内容")));
        QVERIFY(!cell(0, AuditComparisonModel::ItemColumn, Qt::BackgroundRole).isValid());
        for (int row : {1, 2}) {
            QCOMPARE(cell(row, AuditComparisonModel::ItemColumn, Qt::BackgroundRole).value<QColor>(),
                     AuditComparisonModel::unmatchedColor());
            QVERIFY(cell(row, AuditComparisonModel::DecisionColumn, Qt::FontRole).value<QFont>().bold());
        }
        QCOMPARE(cell(2, AuditComparisonModel::ItemColumn).toString(), QStringLiteral("W-D3"));

        auto *disagreements = child<QListWidget>(window.get(), "verdictDisagreements");
        QCOMPARE(disagreements->count(), 1);
        QVERIFY(disagreements->item(0)->text().startsWith(QStringLiteral("W-D2")));
        QVERIFY(disagreements->item(0)->text().contains(QStringLiteral("left: Fail, right: Pass")));
        QCOMPARE(child<QLabel>(window.get(), "comparisonCounts")->text(),
                 QStringLiteral("1 matched, 1 only left, 1 only right, 1 verdicts differ, 2 to reconcile"));

        // The team's lone finding in detail, with its picture and its archive named.
        table->selectRow(2);
        auto *rightPane = child<QWidget>(window.get(), "rightFindingPane");
        const QString details = child<QLabel>(rightPane, "findingDetails")->text();
        QVERIFY2(details.contains(QStringLiteral("打不开")) && details.contains(QStringLiteral("王互查")) &&
                     details.contains(QStringLiteral(".mhtml")),
                 qPrintable(details));
        QVERIFY(!child<QLabel>(rightPane, "findingPicture")->pixmap().isNull());
        if (qEnvironmentVariableIsSet("XJ_AUDIT_SCREENSHOT"))
            window->grab().save(qEnvironmentVariable("XJ_AUDIT_SCREENSHOT") + QStringLiteral(".before.png"));
        QVERIFY(child<QLabel>(child<QWidget>(window.get(), "leftFindingPane"), "findingDetails")
                    ->text()
                    .contains(QStringLiteral("Nothing found")));

        // Keep it, with a reason: blank reasons leave OK disabled.
        const int findingsBefore = count(QStringLiteral("findings WHERE deleted_at = ''"));
        bool okWasBlocked = false;
        answerReconcile("keepRight", QStringLiteral("团队发现属实"), &okWasBlocked);
        child<QPushButton>(window.get(), "reconcileButton")->click();
        QVERIFY(okWasBlocked);
        QCOMPARE(count(QStringLiteral("audit_reconciliations")), 1);
        QCOMPARE(text(QStringLiteral("SELECT decision || '|' || reason || '|' || left_import_id || '|' || "
                                     "right_import_id || '|' || left_finding_id || '|' || right_finding_id "
                                     "FROM audit_reconciliations")),
                 QStringLiteral("keep_right|团队发现属实|0|%1|0|%2").arg(m_import).arg(m_teamOnly));
        QCOMPARE(count(QStringLiteral("findings WHERE deleted_at = ''")), findingsBefore + 1);
        int kept = static_cast<AuditComparisonModel *>(model)->rowOf(0, m_teamOnly);
        QVERIFY(kept >= 0);
        QCOMPARE(table->selectionModel()->selectedRows().value(0).row(), kept);
        QCOMPARE(cell(kept, AuditComparisonModel::DecisionColumn).toString(),
                 QStringLiteral("Keep the right one — 团队发现属实"));

        // Drop this office's lone finding; the history lists both, newest first.
        const int lone = static_cast<AuditComparisonModel *>(model)->rowOf(m_localOnly, 0);
        QVERIFY(lone >= 0);
        table->selectRow(lone);
        answerReconcile("keepNeither", QStringLiteral("不是错别字"), &okWasBlocked);
        child<QPushButton>(window.get(), "reconcileButton")->click();
        QCOMPARE(count(QStringLiteral("audit_reconciliations")), 2);

        if (qEnvironmentVariableIsSet("XJ_AUDIT_SCREENSHOT")) {
            table->selectRow(0);
            window->grab().save(qEnvironmentVariable("XJ_AUDIT_SCREENSHOT"));
        }

        QStringList reasons;
        QStringList findings;
        QString actor;
        whenModal("auditHistoryDialog", [&reasons, &findings, &actor](QWidget *dialog) {
            QAbstractItemModel *history = child<QTableView>(dialog, "auditHistoryTable")->model();
            for (int row = 0; row < history->rowCount(); ++row) {
                reasons.append(history->index(row, AuditHistoryModel::ReasonColumn).data().toString());
                findings.append(history->index(row, AuditHistoryModel::FindingsColumn).data().toString());
            }
            actor = history->index(0, AuditHistoryModel::ActorColumn).data().toString();
            if (qEnvironmentVariableIsSet("XJ_AUDIT_SCREENSHOT"))
                dialog->grab().save(qEnvironmentVariable("XJ_AUDIT_SCREENSHOT") +
                                    QStringLiteral(".history.png"));
            static_cast<QDialog *>(dialog)->reject();
        });
        child<QPushButton>(window.get(), "historyButton")->click();
        QCOMPARE(reasons, QStringList({QStringLiteral("不是错别字"), QStringLiteral("团队发现属实")}));
        QCOMPARE(findings.size(), 2);
        QVERIFY2(findings.at(0).contains(QStringLiteral("This office: 错别字")), qPrintable(findings.at(0)));
        QVERIFY2(findings.at(1).contains(QStringLiteral("A组: 友情链接")), qPrintable(findings.at(1)));
        QCOMPARE(actor, QStringLiteral("张核对"));
        QCOMPARE(text(QStringLiteral("SELECT actor FROM audit_reconciliations ORDER BY id LIMIT 1")),
                 QStringLiteral("张核对"));
    }

    void reconcileDialogOffersChoicesForTheRow()
    {
        Finding left;
        left.description = QStringLiteral("栏目空白");
        Finding right = left;
        ReconcileDialog pair(AuditSiteComparison::RowKind::Matched, &left, &right, QStringLiteral("本单位"),
                             QStringLiteral("A组"), {});
        for (const char *name : {"keepLeft", "keepRight", "keepBoth", "keepNeither"})
            QVERIFY(pair.findChild<QRadioButton *>(QLatin1String(name)));
        QVERIFY(!pair.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());

        AuditReconciliation earlier;
        earlier.decision = ReconcileDecision::KeepNeither;
        earlier.reason = QStringLiteral("重复");
        ReconcileDialog single(AuditSiteComparison::RowKind::OnlyLeft, &left, nullptr,
                               QStringLiteral("本单位"), QStringLiteral("A组"), {earlier});
        QVERIFY(!single.findChild<QRadioButton *>(QStringLiteral("keepBoth")));
        QVERIFY(!single.findChild<QRadioButton *>(QStringLiteral("keepRight")));
        QCOMPARE(single.findChild<QRadioButton *>(QStringLiteral("keepLeft"))->text(),
                 QStringLiteral("Keep it"));
        QVERIFY(single.findChild<QRadioButton *>(QStringLiteral("keepNeither"))->isChecked());
        QCOMPARE(single.findChild<QListWidget *>(QStringLiteral("earlierDecisions"))->count(), 1);
        single.findChild<QPlainTextEdit *>(QStringLiteral("reconcileReason"))
            ->setPlainText(QStringLiteral("x"));
        QVERIFY(single.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        QCOMPARE(single.decision(), ReconcileDecision::KeepNeither);

        AuditHistoryModel history;
        QAbstractItemModelTester tester(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
        earlier.leftFindingId = 7;
        earlier.rightImportId = 3;
        history.setHistory({earlier}, [](qint64 importId, qint64 findingId) {
            return QStringLiteral("%1/%2").arg(importId).arg(findingId);
        });
        QCOMPARE(history.rowCount(), 1);
        QCOMPARE(history.index(0, AuditHistoryModel::DecisionColumn).data().toString(),
                 QStringLiteral("Keep neither"));
        QCOMPARE(history.index(0, AuditHistoryModel::FindingsColumn).data().toString(),
                 QStringLiteral("0/7\n3/0"));
    }
};

XJ_GUI_TEST_MAIN(TestAuditComparisonUi)
#include "tst_auditcomparison_ui.moc"
