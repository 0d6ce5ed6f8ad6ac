// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTest.h"
#include "PdfText.h"
#include "TestDataDir.h"
#include "app/GuiStartup.h"
#include "core/Translations.h"
#include "report/ExportController.h"
#include "report/ExportDialog.h"
#include "report/ExportPlanner.h"
#include "report/ExportRunner.h"
#include "report/NoticeSettingsDialog.h"
#include "report/NoticeSites.h"
#include "report/ReportPageView.h"
#include "report/ReportPreviewDialog.h"
#include "storage/Database.h"
#include "storage/NoticeRepository.h"
#include "storage/RoundRepository.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>

using namespace xj;
using namespace GuiTest;

// The export workbench on the demo workspace: the office's notice settings with the live number
// example and a refused pattern; the preview of the demo site's notice (pages drawn, red banner
// on top); a batch export of notices as PDF with the zip, read back with pdftotext; an issued
// notice edited in the preview; a cancelled export leaving nothing behind; the menu and the
// message without a round.
class TestExportDialogs : public QObject
{
    Q_OBJECT

    TestDataDir m_dir;
    Database m_db;
    qint64 m_roundId = 0;
    NoticeSite m_site;

    QString iniPath() const { return DataDirectory(m_dir.path()).uiStatePath(); }

    static void replaceText(QLineEdit *edit, const QString &text)
    {
        edit->clear();
        typeChinese(edit, text);
    }

    static int countPixels(const QImage &image, const QRect &area, const std::function<bool(QRgb)> &test)
    {
        int n = 0;
        for (int y = area.top(); y <= area.bottom(); ++y) {
            for (int x = area.left(); x <= area.right(); ++x)
                n += test(image.pixel(x, y)) ? 1 : 0;
        }
        return n;
    }

    /// With XJ_SHOT set, saves how `widget` looks to /tmp/<name>.png, for looking at it by eye.
    static void shoot(QWidget *widget, const char *name)
    {
        if (qEnvironmentVariableIsSet("XJ_SHOT"))
            widget->grab().save(QStringLiteral("/tmp/%1.png").arg(QLatin1String(name)));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // For screenshots in the interface's own language (XJ_SHOT=1 XUNJIAN_LANG=zh_CN). Only for
        // looking: the two checks of English messages fail in another language.
        if (qEnvironmentVariableIsSet("XJ_SHOT"))
            installTranslations(languageFromEnvironment(),
                                {QStringLiteral("xunjian_core"), QStringLiteral("xunjian_ui")});
        QVERIFY(m_dir.isValid());
        QVERIFY(GuiStartup::openWorkspace(DataDirectory(m_dir.path()), m_db, true).ok());
        auto rounds = RoundRepository(m_db).all();
        QVERIFY(rounds.ok() && !rounds.value().isEmpty());
        m_roundId = rounds.value().first().id;
        auto sites = noticeSites(m_db, m_dir.path(), m_roundId);
        QVERIFY(sites.ok());
        QVERIFY2(!sites.value().isEmpty(), "the demo round has a site with findings to rectify");
        m_site = sites.value().first();
        QVERIFY(m_site.problems > 0);
    }

    void settingsShowNextNumberAndSave()
    {
        NoticeSettingsDialog dialog(m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *example = child<QLabel>(&dialog, "numberExampleLabel");
        replaceText(child<QLineEdit>(&dialog, "officeNameEdit"), QStringLiteral("安澜市电子政务办公室"));
        replaceText(child<QLineEdit>(&dialog, "numberPatternEdit"), QStringLiteral("测试〔{year}〕{n}号"));
        const int year = QDate::currentDate().year();
        // The next number of the year: after the demo's notice of last quarter when that was this year.
        auto used = m_db.exec(
            QStringLiteral("SELECT coalesce(max(serial), 0) + 1 FROM notices WHERE year = ?"), {year});
        QVERIFY(used && used.value().next());
        QVERIFY2(example->text().contains(
                     QStringLiteral("测试〔%1〕%2号").arg(year).arg(used.value().value(0).toInt())),
                 qPrintable(example->text()));
        child<QSpinBox>(&dialog, "firstSerialSpin")->setValue(5);
        QVERIFY(example->text().contains(QStringLiteral("测试〔%1〕5号").arg(year)));
        child<QSpinBox>(&dialog, "workingDaysSpin")->setValue(12);
        shoot(&dialog, "notice-settings");
        QPushButton *save =
            child<QDialogButtonBox>(&dialog, "noticeSettingsButtons")->button(QDialogButtonBox::Save);
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const NoticeSettings stored = NoticeRepository(m_db).settings().value();
        QCOMPARE(stored.officeName, QStringLiteral("安澜市电子政务办公室"));
        QCOMPARE(stored.numberPattern, QStringLiteral("测试〔{year}〕{n}号"));
        QCOMPARE(stored.firstSerial, 5);
        QCOMPARE(stored.workingDays, 12);
    }

    void settingsRefuseAPatternWithoutNumber()
    {
        NoticeSettingsDialog dialog(m_db);
        dialog.show();
        QCOMPARE(child<QLineEdit>(&dialog, "officeNameEdit")->text(), QStringLiteral("安澜市电子政务办公室"));
        replaceText(child<QLineEdit>(&dialog, "numberPatternEdit"), QStringLiteral("测试〔{year}〕号"));
        auto *error = child<QLabel>(&dialog, "settingsErrorLabel");
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QLatin1String("{n}")));
        QVERIFY(!child<QDialogButtonBox>(&dialog, "noticeSettingsButtons")
                     ->button(QDialogButtonBox::Save)
                     ->isEnabled());
        replaceText(child<QLineEdit>(&dialog, "numberPatternEdit"), QStringLiteral("测试〔{year}〕{n:3}号"));
        QVERIFY(!error->isVisible());
        QVERIFY(child<QLabel>(&dialog, "numberExampleLabel")->text().contains(QLatin1String("005")));
        dialog.reject();
        QCOMPARE(NoticeRepository(m_db).settings().value().numberPattern,
                 QStringLiteral("测试〔{year}〕{n}号"));
    }

    void previewShowsTheNoticePages()
    {
        ReportPreviewDialog dialog(m_db, m_dir.path(), iniPath(), m_roundId, ExportKind::Notices, m_site.id);
        QSignalSpy shown(&dialog, &ReportPreviewDialog::pagesShown);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(child<QComboBox>(&dialog, "previewSiteCombo")->currentData().toLongLong(), m_site.id);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 30000);
        QVERIFY(dialog.pageView()->pageCount() >= 1);
        QVERIFY(!child<QLabel>(&dialog, "previewPageCount")->text().isEmpty());
        // Not issued yet: it says which number it would get, and looking used none up.
        const QString next = QStringLiteral("测试〔%1〕5号").arg(QDate::currentDate().year());
        QVERIFY(child<QLabel>(&dialog, "noticeStateLabel")->text().contains(next));
        QVERIFY(!child<QLineEdit>(&dialog, "noticeNumberEdit")->isVisible());
        QVERIFY(!NoticeRepository(m_db).find(m_roundId, m_site.id).value().has_value());

        auto *page = child<QLabel>(&dialog, "previewPage1");
        QVERIFY(page);
        const QImage image = page->pixmap().toImage().convertToFormat(QImage::Format_RGB32);
        QVERIFY(image.width() > 300);
        const int inked = countPixels(image, image.rect(), [](QRgb p) { return qGray(p) < 200; });
        QVERIFY2(inked > image.width() * image.height() / 200, "the first page has text on it");
        // The red banner (发文机关标志) and rule of a 公文 sit in the top third of the first page.
        const QRect top(0, 0, image.width(), image.height() / 3);
        const int red =
            countPixels(image, top, [](QRgb p) { return qRed(p) > 170 && qGreen(p) < 90 && qBlue(p) < 90; });
        QVERIFY2(red > 200, qPrintable(QStringLiteral("red pixels on top: %1").arg(red)));

        child<QComboBox>(&dialog, "previewZoomCombo")->setCurrentIndex(1); // 50 %
        QVERIFY(page->pixmap().width() < image.width());
        child<QComboBox>(&dialog, "previewZoomCombo")->setCurrentIndex(0);
        shoot(&dialog, "export-preview");
    }

    void exportNoticesAsPdfWithZip()
    {
        const QString folder = m_dir.filePath(QStringLiteral("out"));
        ExportDialog dialog(m_db, m_dir.path(), iniPath(), m_roundId, ExportKind::Notices);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *format = child<QComboBox>(&dialog, "exportFormatCombo");
        QCOMPARE(format->count(), 2); // PDF and Word: a notice is no table
        QCOMPARE(ReportFormat(format->currentData().toInt()), ReportFormat::Pdf);
        QVERIFY(child<QWidget>(&dialog, "exportZipCheck")->isVisible());
        QVERIFY(child<QWidget>(&dialog, "exportSiteList")->isVisible());
        replaceText(child<QLineEdit>(&dialog, "exportFolderEdit"), QDir::toNativeSeparators(folder));
        QPushButton *ok = child<QDialogButtonBox>(&dialog, "exportButtons")->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        shoot(&dialog, "export-dialog");
        QTest::mouseClick(ok, Qt::LeftButton);
        QMessageBox *done = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((done = topLevel<QMessageBox>("exportDoneMessage")) != nullptr, 60000);
        QVERIFY(done->text().contains(QDir::toNativeSeparators(folder)));
        QVERIFY(done->findChild<QPushButton *>(QStringLiteral("openExportFolderButton")));
        shoot(done, "export-done");
        done->close();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        auto notice = NoticeRepository(m_db).find(m_roundId, m_site.id);
        QVERIFY(notice.ok() && notice.value().has_value());
        const QString number = notice.value()->number;
        QCOMPARE(number, QStringLiteral("测试〔%1〕5号").arg(QDate::currentDate().year()));
        const QStringList pdfs = QDir(folder).entryList({QStringLiteral("*.pdf")}, QDir::Files);
        QCOMPARE(pdfs.size(), 1);
        QVERIFY(pdfs.first().contains(number));
        QCOMPARE(QDir(folder).entryList({QStringLiteral("*.zip")}, QDir::Files).size(), 1);
        const QString text = pdfTextWithoutSpaces(QDir(folder).filePath(pdfs.first()));
        QVERIFY2(text.contains(m_site.name), qPrintable(text.left(400)));
        QVERIFY2(text.contains(number), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("安澜市电子政务办公室")));
        // The folder is remembered for the next export.
        ExportDialog again(m_db, m_dir.path(), iniPath(), m_roundId, ExportKind::Problems);
        QCOMPARE(QDir::fromNativeSeparators(child<QLineEdit>(&again, "exportFolderEdit")->text()), folder);
        QCOMPARE(child<QComboBox>(&again, "exportFormatCombo")->count(), 2); // Excel and CSV
    }

    void issuedNoticeIsEditedInThePreview()
    {
        ReportPreviewDialog dialog(m_db, m_dir.path(), iniPath(), m_roundId, ExportKind::Notices, m_site.id);
        QSignalSpy shown(&dialog, &ReportPreviewDialog::pagesShown);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 30000);
        auto *number = child<QLineEdit>(&dialog, "noticeNumberEdit");
        QVERIFY(number->isVisible());
        QCOMPARE(number->text(), QStringLiteral("测试〔%1〕5号").arg(QDate::currentDate().year()));
        replaceText(number, QStringLiteral("测试〔2026〕88号"));
        child<QSpinBox>(&dialog, "noticeWorkingDaysSpin")->setValue(5);
        auto *requirements = child<QPlainTextEdit>(&dialog, "noticeRequirementsEdit");
        requirements->setPlainText(QStringLiteral("请于五个工作日内更正错别字。"));
        shown.clear();
        QTest::mouseClick(child<QPushButton>(&dialog, "saveNoticeButton"), Qt::LeftButton);
        const Notice stored = *NoticeRepository(m_db).find(m_roundId, m_site.id).value();
        QCOMPARE(stored.number, QStringLiteral("测试〔2026〕88号"));
        QCOMPARE(stored.workingDays, 5);
        QCOMPARE(stored.requirements, QStringLiteral("请于五个工作日内更正错别字。"));
        QVERIFY(stored.deadline > stored.issuedOn);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 30000); // drawn again with the edits
        shoot(&dialog, "export-preview-issued");

        // "Export PDF…" writes this one notice, edits and all, without numbering it again.
        const QString path = m_dir.filePath(QStringLiteral("single/notice.pdf"));
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSignalSpy exported(&dialog, &ReportPreviewDialog::documentExported);
        QVERIFY(dialog.exportDocument(ReportFormat::Pdf, path));
        QTRY_VERIFY_WITH_TIMEOUT(!exported.isEmpty(), 30000);
        QCOMPARE(exported.first().at(0).toString(), path);
        const QString text = pdfTextWithoutSpaces(path);
        QVERIFY2(text.contains(QStringLiteral("测试〔2026〕88号")), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("更正错别字")));
    }

    void cancelledExportLeavesNoFiles()
    {
        // In the core: a cancel before the run writes nothing.
        ExportRequest request;
        request.roundId = m_roundId;
        request.kind = ExportKind::Notices;
        request.folder = m_dir.filePath(QStringLiteral("cancelled-core"));
        auto plan = ExportPlanner::plan(m_db, m_dir.path(), request);
        QVERIFY(plan.ok());
        const std::atomic_bool cancel{true};
        QVERIFY(!ExportRunner::run(plan.value(), {}, &cancel).ok());
        QVERIFY(QDir(request.folder).entryList(QDir::Files).isEmpty());

        // In the window: Cancel on the progress dialog, pressed at once.
        const QString folder = m_dir.filePath(QStringLiteral("cancelled"));
        ExportDialog dialog(m_db, m_dir.path(), iniPath(), m_roundId, ExportKind::Notices);
        dialog.show();
        replaceText(child<QLineEdit>(&dialog, "exportFolderEdit"), folder);
        child<QDialogButtonBox>(&dialog, "exportButtons")->button(QDialogButtonBox::Ok)->click();
        auto *progress = child<QProgressDialog>(&dialog, "exportProgress");
        QVERIFY(progress && progress->isVisible());
        auto *cancelButton = progress->findChild<QPushButton *>();
        QVERIFY(cancelButton);
        QTest::mouseClick(cancelButton, Qt::LeftButton);
        auto *status = child<QLabel>(&dialog, "exportStatusLabel");
        QTRY_VERIFY_WITH_TIMEOUT(status->isVisible(), 30000);
        QVERIFY(status->text().contains(QLatin1String("cancelled")));
        QVERIFY(dialog.isVisible()); // the inspector can try again
        QVERIFY(QDir(folder).entryList(QDir::Files).isEmpty());
        QVERIFY(!topLevel<QMessageBox>("exportDoneMessage"));
    }

    void menuAndNoRoundMessage()
    {
        QWidget window;
        ExportController controller(m_db, DataDirectory(m_dir.path()), &window);
        std::unique_ptr<QMenu> menu(controller.createMenu(nullptr));
        QCOMPARE(menu->objectName(), QStringLiteral("exportMenu"));
        QStringList names;
        for (QAction *a : menu->actions()) {
            if (!a->isSeparator())
                names.append(a->objectName());
        }
        QCOMPARE(names,
                 (QStringList{
                     QStringLiteral("exportPreviewNoticeAction"), QStringLiteral("exportPreviewReportAction"),
                     QStringLiteral("exportNoticesAction"), QStringLiteral("exportProblemsAction"),
                     QStringLiteral("exportReportAction"), QStringLiteral("exportPublicResultsAction"),
                     QStringLiteral("noticeSettingsAction")}));

        controller.setContext(0, 0);
        QString message;
        QTimer::singleShot(0, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                message = box->text();
                box->accept();
            }
        });
        controller.exportNoticesAction()->trigger();
        QVERIFY2(message.contains(QLatin1String("inspection round")), qPrintable(message));

        // With a round, the preview of the round report opens beside the window.
        controller.setContext(m_roundId, m_site.id);
        controller.previewReportAction()->trigger();
        auto *preview = topLevel<ReportPreviewDialog>("reportPreviewDialog");
        QVERIFY(preview);
        QSignalSpy shown(preview, &ReportPreviewDialog::pagesShown);
        QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 60000);
        QVERIFY(preview->pageView()->pageCount() >= 1);
        QVERIFY(!preview->findChild<QComboBox *>(QStringLiteral("previewSiteCombo")));
        shoot(preview, "report-preview");
        preview->close();
    }
};

XJ_GUI_TEST_MAIN(TestExportDialogs)
#include "tst_exportdialogs.moc"
