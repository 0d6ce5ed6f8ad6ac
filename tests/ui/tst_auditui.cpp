// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTest.h"
#include "TestDataDir.h"
#include "TestDatabase.h"
#include "app/GuiStartup.h"
#include "audit/AuditAgreementModel.h"
#include "audit/AuditComparisonWindow.h"
#include "audit/AuditController.h"
#include "audit/AuditImporter.h"
#include "audit/AuditImportsModel.h"
#include "audit/AuditPackageReader.h"
#include "audit/AuditPackageWriter.h"
#include "audit/AuditStatisticsDialog.h"
#include "audit/AuditStatisticsXlsxWriter.h"
#include "audit/AuditUnmatchedModel.h"
#include "checklist/ChecklistLibrary.h"
#include "core/ZipReader.h"
#include "core/ZipWriter.h"
#include "evidence/EvidenceRecorder.h"
#include "inspection/RoundSetup.h"
#include "mainwindow/MainWindow.h"
#include "registry/XlsxReader.h"
#include "storage/Database.h"
#include "storage/FindingRepository.h"
#include "storage/NoticeRepository.h"
#include "storage/SiteRepository.h"
#include "storage/UnitRepository.h"
#include "storage/VerdictRepository.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

#include <memory>

using namespace xj;
using namespace GuiTest;

namespace {
const QString Office = QStringLiteral("青禾县委网信办");
const QString Team = QStringLiteral("第二检查组");
const QString OwnTeam = QStringLiteral("第一检查组"); ///< the office's own team in the round
const QString Passphrase = QStringLiteral("青禾互查-2026");
const QString RoundName = QStringLiteral("2026年第四季度互查");
} // namespace

// The Peer audit menu of the office's workbench, driven by objectName: an assignment exported through
// the dialog with one of the round's two sites unticked; a signed result package made by a team
// (a second data folder, with the core API) imported through the passphrase question; a tampered
// copy refused with the database untouched; and the agreement statistics of a hand-made case
// (the team agrees on one of two verdicts: 50.0%, κ 0.000) in the dialog and in the workbook.
class TestAuditUi : public QObject
{
    Q_OBJECT

    TestDataDir m_dir;
    Database m_db;
    QTemporaryDir m_packages;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_round = 0;
    qint64 m_site1 = 0;
    qint64 m_site2 = 0;
    QString m_assignment;
    QString m_result;

    qint64 scalar(const QString &sql)
    {
        auto q = m_db.exec(sql);
        return q && q.value().next() ? q.value().value(0).toLongLong() : -1;
    }
    /// With XJ_AUDIT_SHOTS=<folder>, saves what `widget` looks like (for reviewing the dialogs).
    static void shoot(QWidget *widget, const char *name)
    {
        const QString folder = qEnvironmentVariable("XJ_AUDIT_SHOTS");
        if (!folder.isEmpty())
            widget->grab().save(folder + u'/' + QLatin1String(name) + QStringLiteral(".png"));
    }
    QAction *action(const char *name) { return child<QAction>(m_window.get(), name); }
    AuditController *controller() { return m_window->auditController(); }
    /// Answers the next message box named `name` with OK and keeps its text.
    static void answerMessage(const char *name, QString *text)
    {
        whenModal(name, [name, text](QWidget *w) {
            auto *box = qobject_cast<QMessageBox *>(w);
            *text = box ? box->text() : QStringLiteral("<not a message box>");
            shoot(w, name);
            if (box && !box->detailedText().isEmpty())
                *text += QStringLiteral("\n") + box->detailedText();
            w->close();
        });
    }
    /// Imports `path` through the passphrase question and returns the warning shown (empty: none).
    QString importRefused(const QString &path, const QString &passphrase)
    {
        whenModal("auditPassphraseDialog", [passphrase](QWidget *dialog) {
            child<QLineEdit>(dialog, "auditPassphrase")->setText(passphrase);
            child<QPushButton>(dialog, "auditPassphraseOk")->click();
        });
        QString warning;
        answerMessage("errorDialog", &warning);
        controller()->importPackageFile(path);
        QElapsedTimer waited;
        waited.start();
        while (warning.isEmpty() && waited.elapsed() < 20000)
            QTest::qWait(50);
        if (controller()->isBusy())
            return {};
        return warning;
    }
    QStringList auditCounts()
    {
        QStringList counts;
        for (const char *table :
             {"audit_imports", "audit_findings", "audit_verdicts", "audit_evidence", "findings", "verdicts"})
            counts.append(
                QString::number(scalar(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table))));
        return counts;
    }

    /// The team's side with the core API: the assignment imported into its own data folder, one
    /// finding with a screenshot, verdicts W-D1 fail and W-D2 pass, and the signed result package.
    void makeTeamResult()
    {
        TestDatabase team;
        QVERIFY(team.isOpen());
        auto assigned = AuditImporter::importFile(team.db(), team.dir().path(), m_assignment, {});
        QVERIFY2(assigned, qPrintable(assigned ? QString() : assigned.error().fullText()));
        const qint64 round = assigned.value().roundId;
        auto site = team.db().selectOne(
            QStringLiteral("SELECT site_id FROM audit_site_links"), {},
            [](const QSqlQuery &q) { return q.value(0).toLongLong(); }, QStringLiteral("no linked site"));
        QVERIFY(site);
        Finding f;
        f.siteId = site.value();
        f.roundId = round;
        f.itemCode = QStringLiteral("W-D1");
        f.url = QStringLiteral("http://www.qinghe.gov.cn/zwgk/index.html");
        f.description = QStringLiteral("概况信息未更新");
        f.inspector = QStringLiteral("李四");
        f.foundAt = QDateTime(QDate(2026, 11, 25), QTime(9, 30), Qt::UTC);
        auto finding = FindingRepository(team.db()).create(f);
        QVERIFY(finding);
        QImage picture(120, 80, QImage::Format_RGB32);
        picture.fill(qRgb(40, 120, 200));
        Evidence meta;
        meta.findingId = finding.value();
        meta.kind = EvidenceKind::Screenshot;
        meta.captureMode = CaptureMode::Visible;
        meta.pageUrl = f.url;
        meta.capturedAt = f.foundAt;
        QVERIFY(EvidenceRecorder(team.db(), team.dir().path()).addImage(picture, meta));
        QVERIFY(VerdictRepository(team.db()).save({round,
                                                   site.value(),
                                                   QStringLiteral("W-D1"),
                                                   VerdictValue::Fail,
                                                   2,
                                                   {},
                                                   QStringLiteral("李四"),
                                                   {}}));
        QVERIFY(VerdictRepository(team.db()).save({round,
                                                   site.value(),
                                                   QStringLiteral("W-D2"),
                                                   VerdictValue::Pass,
                                                   0,
                                                   {},
                                                   QStringLiteral("李四"),
                                                   {}}));
        AuditPackageWriter::Request request;
        request.kind = AuditPackageKind::Result;
        request.roundId = round;
        request.exporter = Team;
        request.passphrase = Passphrase;
        request.outPath = m_packages.filePath(QStringLiteral("result.xjaudit"));
        const Status written = AuditPackageWriter::write(team.db(), team.dir().path(), request);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().fullText()));
        m_result = request.outPath;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid() && m_packages.isValid());
        QVERIFY(GuiStartup::openWorkspace(DataDirectory(m_dir.path()), m_db, false).ok());
        auto unit = UnitRepository(m_db).findOrCreate(QStringLiteral("青禾县人民政府办公室"));
        QVERIFY(unit);
        Site site;
        site.name = QStringLiteral("青禾县人民政府");
        site.url = QStringLiteral("http://www.qinghe.gov.cn/");
        site.unitId = unit.value();
        m_site1 = SiteRepository(m_db).create(site).value();
        site.name = QStringLiteral("青禾县教育局");
        site.url = QStringLiteral("http://jyj.qinghe.gov.cn/");
        m_site2 = SiteRepository(m_db).create(site).value();
        NoticeSettings notice = NoticeRepository::defaultSettings();
        notice.officeName = Office;
        QVERIFY(NoticeRepository(m_db).saveSettings(notice));

        ChecklistLibrary library;
        library.load(QString());
        const auto *websiteList = library.find(QStringLiteral("national-2019-website"));
        QVERIFY(websiteList);
        Round round;
        round.name = RoundName;
        round.kind = RoundKind::PeerCheck;
        round.period = QStringLiteral("2026Q4");
        round.periodStart = QDate(2026, 10, 1);
        round.periodEnd = QDate(2026, 12, 31);
        round.inspectionDate = QDate(2026, 11, 24);
        round.team = OwnTeam;
        round.unitIds = {unit.value()};
        auto roundId = RoundSetup::create(m_db, round, websiteList, nullptr);
        QVERIFY2(roundId, qPrintable(roundId ? QString() : roundId.error().fullText()));
        m_round = roundId.value();

        m_window = std::make_unique<MainWindow>(DataDirectory(m_dir.path()), m_db);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(m_window->currentRoundId(), m_round);
    }

    void cleanupTestCase() { m_window.reset(); }

    void menuHasTheActions()
    {
        auto *menu = child<QMenu>(m_window.get(), "peerAuditMenu");
        QVERIFY(menu);
        QVERIFY(controller());
        QCOMPARE(menu, controller()->menu());
        for (const char *name : {"exportAssignmentAction", "exportResultAction", "importPackageAction",
                                 "compareAction", "statisticsAction"})
            QVERIFY2(action(name) && menu->actions().contains(action(name)), name);
    }

    void exportsAnAssignmentThroughTheDialog()
    {
        m_assignment = m_packages.filePath(QStringLiteral("assignment.xjaudit"));
        QString defaultExporter, defaultFile, mismatchProblem;
        int listed = 0;
        bool refusedMismatch = false;
        whenModal("auditExportDialog", [&](QWidget *dialog) {
            auto *sites = child<QListWidget>(dialog, "auditExportSites");
            listed = sites->count();
            for (int row = 0; row < sites->count(); ++row) {
                if (sites->item(row)->data(Qt::UserRole).toLongLong() == m_site2)
                    sites->item(row)->setCheckState(Qt::Unchecked);
            }
            defaultExporter = child<QLineEdit>(dialog, "auditExportExporter")->text();
            defaultFile = QFileInfo(child<QLineEdit>(dialog, "auditExportPath")->text()).fileName();
            // Two different passphrases: the dialog stays open and says why.
            child<QLineEdit>(dialog, "auditExportPassphrase")->setText(QStringLiteral("一"));
            child<QLineEdit>(dialog, "auditExportPassphraseRepeat")->setText(QStringLiteral("二"));
            auto *ok = child<QPushButton>(dialog, "auditExportOk");
            ok->click();
            shoot(dialog, "export");
            refusedMismatch = dialog->isVisible();
            mismatchProblem = child<QLabel>(dialog, "auditExportProblem")->text();
            child<QLineEdit>(dialog, "auditExportPassphrase")->clear();
            child<QLineEdit>(dialog, "auditExportPassphraseRepeat")->clear();
            child<QLineEdit>(dialog, "auditExportPath")->setText(m_assignment);
            ok->click();
        });
        QString done;
        answerMessage("auditExportDone", &done);
        action("exportAssignmentAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 20000);
        QVERIFY(!controller()->isBusy());

        QCOMPARE(listed, 2);
        QCOMPARE(defaultExporter, Office);
        QCOMPARE(defaultFile,
                 RoundName + QStringLiteral("-") + Office + QStringLiteral("-assignment.xjaudit"));
        QVERIFY(refusedMismatch);
        QVERIFY2(mismatchProblem.contains(QStringLiteral("passphrases differ")), qPrintable(mismatchProblem));
        QVERIFY2(done.contains(QFileInfo(m_assignment).fileName()), qPrintable(done));

        QVERIFY(QFile::exists(m_assignment));
        AuditPackageReader reader;
        const Status opened = reader.open(m_assignment);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().fullText()));
        const AuditManifest &manifest = reader.package().manifest;
        QCOMPARE(manifest.kind, AuditPackageKind::Assignment);
        QCOMPARE(manifest.exporter, Office);
        QCOMPARE(manifest.roundName, RoundName);
        QCOMPARE(manifest.sites.size(), 1);
        QCOMPARE(manifest.sites.first().id, m_site1);
        QVERIFY(!reader.package().signatureChecked);
    }

    /// The team's workbench imports the assignment and switches to the round it created.
    void importsAnAssignmentIntoATeamWorkbench()
    {
        TestDataDir teamDir;
        Database teamDb;
        QVERIFY(GuiStartup::openWorkspace(DataDirectory(teamDir.path()), teamDb, false).ok());
        MainWindow team(DataDirectory(teamDir.path()), teamDb);
        team.show();
        QVERIFY(QTest::qWaitForWindowExposed(&team));
        QCOMPARE(team.currentRoundId(), 0);
        bool offeredUnprotected = false;
        whenModal("auditPassphraseDialog", [&](QWidget *dialog) {
            offeredUnprotected = child<QCheckBox>(dialog, "auditUnprotected")->isChecked();
            child<QPushButton>(dialog, "auditPassphraseOk")->click();
        });
        QString done;
        answerMessage("auditImportDone", &done);
        team.auditController()->importPackageFile(m_assignment);
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 20000);
        QVERIFY(offeredUnprotected); // the assignment was not signed
        auto created = teamDb.selectOne(
            QStringLiteral("SELECT id FROM rounds WHERE name = ?"), {RoundName},
            [](const QSqlQuery &q) { return q.value(0).toLongLong(); }, QStringLiteral("no round"));
        QVERIFY(created);
        QCOMPARE(team.currentRoundId(), created.value());
        QVERIFY2(done.contains(QStringLiteral("with 1 site(s)")) && done.contains(Office), qPrintable(done));
        QVERIFY2(done.contains(QStringLiteral("not signed")), qPrintable(done));

        // Its result goes back with the office's sites only, from the round's team.
        int listed = -1;
        QString exporter;
        whenModal("auditExportDialog", [&](QWidget *dialog) {
            listed = child<QListWidget>(dialog, "auditExportSites")->count();
            exporter = child<QLineEdit>(dialog, "auditExportExporter")->text();
            dialog->close();
        });
        child<QAction>(&team, "exportResultAction")->trigger();
        QCOMPARE(listed, 1);
        QCOMPARE(exporter, OwnTeam);

        // A trainee's workbench has no peer-audit menu.
        QVERIFY(child<QMenu>(&team, "peerAuditMenu")->menuAction()->isVisible());
        team.enterTrainingMode(false);
        QVERIFY(!child<QMenu>(&team, "peerAuditMenu")->menuAction()->isVisible());
    }

    void statisticsSayWhatToDoWhenEmpty()
    {
        QString summary;
        bool exportEnabled = true;
        whenModal("auditStatisticsDialog", [&](QWidget *dialog) {
            summary = child<QLabel>(dialog, "statisticsSummary")->text();
            exportEnabled = child<QPushButton>(dialog, "exportStatisticsXlsx")->isEnabled();
            dialog->close();
        });
        action("statisticsAction")->trigger();
        QVERIFY2(summary.contains(QStringLiteral("Import the teams' result packages first")),
                 qPrintable(summary));
        QVERIFY(!exportEnabled);
    }

    void importsASignedResult()
    {
        makeTeamResult();
        QVERIFY(QFile::exists(m_result));
        const QStringList before = auditCounts();
        bool askedUnticked = false;
        whenModal("auditPassphraseDialog", [&](QWidget *dialog) {
            shoot(dialog, "passphrase");
            askedUnticked = !child<QCheckBox>(dialog, "auditUnprotected")->isChecked();
            child<QLineEdit>(dialog, "auditPassphrase")->setText(Passphrase);
            child<QPushButton>(dialog, "auditPassphraseOk")->click();
        });
        QString done;
        answerMessage("auditImportDone", &done);
        controller()->importPackageFile(m_result);
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 20000);
        QVERIFY(askedUnticked); // a signed package: the passphrase is asked for

        QVERIFY2(done.contains(QStringLiteral("1 finding(s), 2 verdict(s), 1 evidence file(s)")),
                 qPrintable(done));
        QVERIFY2(done.contains(Team) && done.contains(RoundName), qPrintable(done));
        QVERIFY2(done.contains(QStringLiteral("signature was checked")), qPrintable(done));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_imports")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_findings")), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_verdicts")), 2);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM audit_findings WHERE site_id = %1").arg(m_site1)), 1);
        // The office's own findings and verdicts are not touched.
        QCOMPARE(auditCounts().mid(4), before.mid(4));

        // The imports list shows the package.
        QStringList listed;
        whenModal("auditImportsDialog", [&](QWidget *dialog) {
            QAbstractItemModel *model = child<QTableView>(dialog, "auditImportsTable")->model();
            QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
            for (int column : {AuditImportsModel::TeamColumn, AuditImportsModel::SignedColumn,
                               AuditImportsModel::SitesColumn, AuditImportsModel::FindingsColumn,
                               AuditImportsModel::VerdictsColumn, AuditImportsModel::InUseColumn})
                listed.append(model->index(0, column).data().toString());
            listed.append(QString::number(model->rowCount()));
            shoot(dialog, "imports");
            dialog->close();
        });
        action("importsAction")->trigger();
        QCOMPARE(listed,
                 (QStringList{Team, QStringLiteral("Checked"), QStringLiteral("1"), QStringLiteral("1"),
                              QStringLiteral("2"), QStringLiteral("Counts"), QStringLiteral("1")}));
    }

    void refusesATamperedPackage()
    {
        QFile original(m_result);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray bytes = original.readAll();
        // Another team's verdict sneaked in: "pass" becomes "fail" inside verdicts.json (stored
        // uncompressed or not, some byte of it changes; the hashes must catch it).
        const qsizetype at = bytes.size() / 2;
        bytes[at] = char(bytes.at(at) ^ 0x5a);
        const QString tampered = m_packages.filePath(QStringLiteral("tampered.xjaudit"));
        QFile out(tampered);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();

        const QStringList before = auditCounts();
        QVERIFY(!importRefused(tampered, Passphrase).isEmpty());
        QCOMPARE(auditCounts(), before);

        // A well-formed zip whose verdicts.json was changed after signing: the hashes catch it.
        const QString rewritten = m_packages.filePath(QStringLiteral("rewritten.xjaudit"));
        {
            ZipReader in;
            QVERIFY(in.open(m_result));
            auto entries = in.entries(100);
            QVERIFY(entries);
            ZipWriter zip;
            QVERIFY(zip.open(rewritten));
            for (const ZipReader::Entry &e : entries.value()) {
                auto data = in.read(e.name, 1 << 24);
                QVERIFY(data);
                QByteArray content = data.value();
                if (e.name == AuditPackageFiles::Verdicts) {
                    QVERIFY(content.contains("\"pass\""));
                    content.replace("\"pass\"", "\"fail\"");
                }
                QVERIFY(zip.add(e.name, content));
            }
            QVERIFY(zip.close());
        }
        const QString changed = importRefused(rewritten, Passphrase);
        QVERIFY2(changed.contains(QStringLiteral("verdicts.json")), qPrintable(changed));
        QCOMPARE(auditCounts(), before);

        // The genuine package once more with a wrong passphrase: refused, nothing written.
        const QString wrong = importRefused(m_result, QStringLiteral("wrong"));
        QVERIFY2(wrong.contains(QStringLiteral("signature")), qPrintable(wrong));
        QCOMPARE(auditCounts(), before);
    }

    void opensOneComparisonWindow()
    {
        action("compareAction")->trigger();
        QPointer<QWidget> first = controller()->comparisonWindow();
        QVERIFY(first);
        QCOMPARE(first->objectName(), QStringLiteral("auditComparisonWindow"));
        QVERIFY(first->isVisible());
        action("compareAction")->trigger();
        QCOMPARE(static_cast<QWidget *>(controller()->comparisonWindow()), first.data());
        first->close();
        QTRY_VERIFY(!first);
    }

    void statisticsShowTheAgreement()
    {
        // The office judged W-D1 and W-D2 fail; the team W-D1 fail, W-D2 pass: one of two agree.
        // Chance: the office always says fail, the team half the time → p_e = 0.5, κ = 0.
        for (const char *item : {"W-D1", "W-D2"}) {
            QVERIFY(VerdictRepository(m_db).save({m_round,
                                                  m_site1,
                                                  QLatin1String(item),
                                                  VerdictValue::Fail,
                                                  2,
                                                  {},
                                                  QStringLiteral("张三"),
                                                  {}}));
        }
        const QString workbook = m_packages.filePath(QStringLiteral("agreement.xlsx"));
        QString agreement, kappa, pairs, seenBy, summary;
        int teamRows = -1, itemRows = -1, unmatchedRows = -1;
        bool exported = false;
        whenModal("auditStatisticsDialog", [&](QWidget *w) {
            auto *dialog = qobject_cast<AuditStatisticsDialog *>(w);
            auto *perTeam = child<QTableView>(w, "statisticsPerTeam")->model();
            QAbstractItemModelTester tester(perTeam, QAbstractItemModelTester::FailureReportingMode::Warning);
            teamRows = perTeam->rowCount();
            agreement = perTeam->index(0, AuditAgreementModel::AgreementColumn).data().toString();
            kappa = perTeam->index(0, AuditAgreementModel::KappaColumn).data().toString();
            pairs = perTeam->index(0, AuditAgreementModel::VerdictPairsColumn).data().toString();
            itemRows = child<QTableView>(w, "statisticsPerItem")->model()->rowCount();
            auto *unmatched = child<QTableView>(w, "statisticsUnmatched")->model();
            unmatchedRows = unmatched->rowCount();
            seenBy = unmatched->index(0, AuditUnmatchedModel::SeenByColumn).data().toString();
            summary = child<QLabel>(w, "statisticsSummary")->text();
            shoot(w, "statistics");
            exported = dialog && child<QPushButton>(w, "exportStatisticsXlsx")->isEnabled() &&
                       dialog->exportTo(workbook);
            w->close();
        });
        action("statisticsAction")->trigger();
        QCOMPARE(teamRows, 1);
        QCOMPARE(pairs, QStringLiteral("2"));
        QCOMPARE(agreement, QStringLiteral("50.0%"));
        QCOMPARE(kappa, QStringLiteral("0.000"));
        QCOMPARE(itemRows, 2); // W-D1 and W-D2
        QCOMPARE(unmatchedRows, 1);
        QCOMPARE(seenBy, Team);
        QVERIFY2(summary.contains(RoundName), qPrintable(summary));

        QVERIFY(exported);
        auto sheet = XlsxReader::readFile(workbook, AuditStatisticsXlsxWriter::sheetNames().first());
        QVERIFY2(sheet, qPrintable(sheet ? QString() : sheet.error().fullText()));
        QStringList rowTexts;
        for (const SheetRow &row : sheet.value().rows)
            rowTexts.append(row.cells.join(u'|'));
        const QString all = rowTexts.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("|2|50.0%|0.000|0|")), qPrintable(all));
        QVERIFY2(all.contains(Team), qPrintable(all));
    }
};

XJ_GUI_TEST_MAIN(TestAuditUi)
#include "tst_auditui.moc"
