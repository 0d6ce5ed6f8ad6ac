// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTest.h"
#include "TestDataDir.h"
#include "app/GuiStartup.h"
#include "report/ExportController.h"
#include "report/ExportDialog.h"
#include "report/publish/PublicResultsWording.h"
#include "storage/Database.h"
#include "storage/RoundRepository.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QXmlStreamReader>

using namespace xj;
using namespace GuiTest;

// "Export public results…" from the Export menu on the demo workspace: the dialog offers a web page
// and Excel, writes the page into the chosen folder with the progress and "Open folder" message of
// every export, and the page holds a row per site of the round.
class TestPublicResultsExport : public QObject
{
    Q_OBJECT

    TestDataDir m_dir;
    Database m_db;
    qint64 m_roundId = 0;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(GuiStartup::openWorkspace(DataDirectory(m_dir.path()), m_db, true).ok());
        auto rounds = RoundRepository(m_db).all();
        QVERIFY(rounds.ok() && !rounds.value().isEmpty());
        m_roundId = rounds.value().first().id;
    }

    void exportsTheWebPageFromTheMenu()
    {
        QWidget window;
        ExportController controller(m_db, DataDirectory(m_dir.path()), &window);
        controller.setContext(m_roundId, 0);
        QCOMPARE(controller.exportPublicResultsAction()->objectName(),
                 QStringLiteral("exportPublicResultsAction"));
        controller.exportPublicResultsAction()->trigger();
        ExportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = topLevel<ExportDialog>("exportDialog")) != nullptr);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Export public results"));
        auto *format = child<QComboBox>(dialog, "exportFormatCombo");
        QCOMPARE(format->count(), 2);
        QCOMPARE(ReportFormat(format->itemData(0).toInt()), ReportFormat::Xlsx);
        QCOMPARE(ReportFormat(format->itemData(1).toInt()), ReportFormat::Html);
        format->setCurrentIndex(1);
        QVERIFY(!dialog->findChild<QWidget *>(QStringLiteral("exportSiteList")));

        const QString folder = m_dir.filePath(QStringLiteral("公示"));
        auto *edit = child<QLineEdit>(dialog, "exportFolderEdit");
        edit->clear();
        typeChinese(edit, QDir::toNativeSeparators(folder));
        QPushButton *ok = child<QDialogButtonBox>(dialog, "exportButtons")->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QMessageBox *done = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((done = topLevel<QMessageBox>("exportDoneMessage")) != nullptr, 60000);
        QVERIFY(done->findChild<QPushButton *>(QStringLiteral("openExportFolderButton")));
        QVERIFY(done->text().contains(QDir::toNativeSeparators(folder)));
        done->close();

        const QStringList pages = QDir(folder).entryList({QStringLiteral("*.html")}, QDir::Files);
        QCOMPARE(pages.size(), 1);
        QVERIFY(pages.first().endsWith(QStringLiteral("检查结果公示.html")));
        QFile file(QDir(folder).filePath(pages.first()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QStringList headers;
        int rows = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("th"))
                headers.append(xml.readElementText());
            else if (xml.isStartElement() && xml.name() == QLatin1String("tr"))
                ++rows;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(headers, PublicResultsWording::headers());
        QVERIFY(rows >= 3); // the header and the demo round's sites
    }
};

XJ_GUI_TEST_MAIN(TestPublicResultsExport)
#include "tst_publicresultsexport.moc"
