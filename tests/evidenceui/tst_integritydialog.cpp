// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceFixture.h"
#include "EvidenceTestCase.h"
#include "GuiTest.h"
#include "evidence/EvidenceStore.h"
#include "evidence/IntegrityDialog.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace xj;

// The integrity check as the inspector sees it: a progress bar, then a summary that is green only
// when every file is intact, and the report of what is missing, altered or orphaned.
class TestIntegrityDialog : public EvidenceTestCase
{
    Q_OBJECT

    QString storePath(const Evidence &e) const
    {
        return EvidenceStore(dir().path()).absolutePathFor(e.sha256, e.fileSuffix);
    }

    static bool writeFile(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

    // Runs the check to its end and returns the summary line.
    static QString runToEnd(IntegrityDialog &dialog)
    {
        QSignalSpy finished(&dialog, &IntegrityDialog::checkFinished);
        dialog.start();
        if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 30000))
            qWarning() << "the check did not finish";
        return dialog.findChild<QLabel *>(QStringLiteral("integritySummary"))->text();
    }

private slots:
    void intactStoreIsReportedGreen()
    {
        IntegrityDialog dialog(db(), dir().path());
        dialog.show();
        const QString summary = runToEnd(dialog);
        QCOMPARE(summary, QStringLiteral("All 3 evidence file(s) are intact."));
        QVERIFY(dialog.report() && dialog.report()->ok());
        QCOMPARE(dialog.report()->rowsChecked, 3);
        auto *label = dialog.findChild<QLabel *>(QStringLiteral("integritySummary"));
        const QImage pixels = label->grab().toImage();
        QVERIFY(!colourBox(pixels, QColor(0x1b, 0x7f, 0x3b)).isNull()); // written in green
        QVERIFY(colourBox(pixels, QColor(0xb0, 0x00, 0x20)).isNull());
        QVERIFY(!dialog.findChild<QProgressBar *>(QStringLiteral("integrityProgress"))->isVisible());
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("integritySave"))->isEnabled());
    }

    void missingAlteredAndOrphanedFilesAreReported()
    {
        QVERIFY(writeFile(storePath(m_fixture.annotated), "not the screenshot any more"));
        QVERIFY(QFile::remove(storePath(m_fixture.archive)));
        const QByteArray stray = "a file nobody recorded";
        const QString orphan = EvidenceStore(dir().path())
                                   .relativePathFor(EvidenceStore::sha256Of(stray), QStringLiteral("png"));
        QVERIFY(writeFile(dir().filePath(orphan), stray));

        IntegrityDialog dialog(db(), dir().path());
        dialog.show();
        const QString summary = runToEnd(dialog);
        QVERIFY2(summary.startsWith(QStringLiteral("1 missing, 1 altered, 1 orphaned")), qPrintable(summary));
        QVERIFY(dialog.report() && !dialog.report()->ok());
        auto *label = dialog.findChild<QLabel *>(QStringLiteral("integritySummary"));
        QVERIFY(!colourBox(label->grab().toImage(), QColor(0xb0, 0x00, 0x20)).isNull()); // written in red

        auto *report = dialog.findChild<QPlainTextEdit *>(QStringLiteral("integrityReport"));
        QVERIFY(report && report->isReadOnly());
        const QString text = report->toPlainText();
        const EvidenceStore store(dir().path());
        for (const QString &path :
             {store.relativePathFor(m_fixture.annotated.sha256, QStringLiteral("png")),
              store.relativePathFor(m_fixture.archive.sha256, QStringLiteral("mhtml")), orphan})
            QVERIFY2(text.contains(path), qPrintable(path + QStringLiteral(" not in:\n") + text));
        QCOMPARE(dialog.reportText(), text);
        // Grouped under the finding the files belong to, with its description.
        QVERIFY(text.contains(QStringLiteral("Finding #%1").arg(m_fixture.findingId)));
        QVERIFY(text.contains(QStringLiteral("领导姓名写错")));

        const QString saved = dir().filePath(QStringLiteral("report.txt"));
        QVERIFY(dialog.saveReportTo(saved).ok());
        QFile file(saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString savedText = QString::fromUtf8(file.readAll());
        QCOMPARE(savedText, text);
    }

    void cancelStopsTheCheck()
    {
        // Enough files that the check is still at work when Cancel is clicked.
        for (int i = 0; i < 400; ++i) {
            const QByteArray bytes = QByteArray::number(i).repeated(1000);
            QVERIFY(writeFile(
                dir().filePath(EvidenceStore(dir().path())
                                   .relativePathFor(EvidenceStore::sha256Of(bytes), QStringLiteral("png"))),
                bytes));
        }
        IntegrityDialog dialog(db(), dir().path());
        dialog.show();
        QSignalSpy finished(&dialog, &IntegrityDialog::checkFinished);
        dialog.start();
        QVERIFY(dialog.isRunning());
        auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("integrityCancel"));
        QVERIFY(cancel && cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
        QVERIFY(!dialog.isRunning());
        QVERIFY(!dialog.report());
        const QString summary = dialog.findChild<QLabel *>(QStringLiteral("integritySummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("stopped")), qPrintable(summary));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("integritySave"))->isEnabled());
    }
};

XJ_GUI_TEST_MAIN(TestIntegrityDialog)
#include "tst_integritydialog.moc"
