// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceFixture.h"
#include "EvidenceTestCase.h"
#include "GuiTest.h"
#include "evidence/EvidenceListModel.h"
#include "evidence/EvidenceRecorder.h"
#include "evidence/EvidenceStore.h"
#include "evidence/EvidenceViewer.h"
#include "evidence/ImageZoomView.h"
#include "model/AccountRecord.h"
#include "storage/AccountRecordRepository.h"
#include "storage/SiteRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTest>
#include <QWheelEvent>

using namespace xj;
using namespace GuiTest;

// The evidence viewer as an inspector uses it: the files of a finding in a list, a picture at a
// known zoom with known pixels, the original behind an annotated copy, and a loud warning for a
// file changed after it was recorded.
class TestEvidenceViewer : public EvidenceTestCase
{
    Q_OBJECT

    std::unique_ptr<EvidenceViewer> openViewer()
    {
        auto viewer = std::make_unique<EvidenceViewer>(db(), dir().path(), m_fixture.findingId);
        viewer->show();
        if (!QTest::qWaitForWindowExposed(viewer.get()))
            qWarning() << "viewer not exposed";
        return viewer;
    }

    // What the picture area shows, in device pixels.
    static QImage shownPixels(ImageZoomView *view) { return view->grab().toImage(); }

    static bool listIntact(QWidget *viewer, int row)
    {
        auto *list = child<QListView>(viewer, "evidenceList");
        return list->model()->index(row, 0).data(EvidenceListModel::IntactRole).toBool();
    }

private slots:
    void listsFilesWithCaptions()
    {
        auto viewer = openViewer();
        auto *list = child<QListView>(viewer.get(), "evidenceList");
        QVERIFY(list);
        QAbstractItemModelTester tester(list->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The original is reached through its annotated copy, not listed twice.
        QCOMPARE(list->model()->rowCount(), 2);
        QCOMPARE(viewer->fileCount(), 2);
        const QModelIndex first = list->model()->index(0, 0);
        QCOMPARE(first.data(EvidenceListModel::EvidenceIdRole).toLongLong(), m_fixture.annotated.id);
        const QString time = m_fixture.annotated.capturedAt.toLocalTime().toString(QStringLiteral("HH:mm"));
        QCOMPARE(first.data().toString(), QStringLiteral("Annotated screenshot · Visible area · ") + time);
        QVERIFY(list->model()->index(1, 0).data().toString().startsWith(QStringLiteral("Archived page · ")));
        QVERIFY(first.data(EvidenceListModel::IntactRole).toBool());
        // The thumbnail is the picture, scaled into the thumbnail box.
        const QPixmap thumbnail = first.data(Qt::DecorationRole).value<QPixmap>();
        QVERIFY(!thumbnail.isNull());
        QVERIFY(thumbnail.width() <= EvidenceListModel::ThumbnailSize.width() * thumbnail.devicePixelRatio());
        QVERIFY(colourBox(thumbnail.toImage(), EvidenceFixture::annotationColour()).width() > 10);
        QCOMPARE(list->currentIndex().row(), 0);

        // The information line names the addresses, the status and the hash.
        auto *info = child<QLabel>(viewer.get(), "evidenceInfo");
        QVERIFY(info);
        QVERIFY(info->text().contains(m_fixture.annotated.pageUrl.toHtmlEscaped()));
        QVERIFY(info->text().contains(m_fixture.annotated.finalUrl.toHtmlEscaped()));
        QVERIFY(info->text().contains(QStringLiteral("HTTP 200")));
        QVERIFY(info->text().contains(m_fixture.annotated.sha256));
        QVERIFY(info->textInteractionFlags() & Qt::TextSelectableByMouse);
    }

    void pictureAtActualSizeAndZoomed()
    {
        auto viewer = openViewer();
        auto *view = child<ImageZoomView>(viewer.get(), "evidenceImage");
        QVERIFY(view);
        QVERIFY(view->isVisible());
        QCOMPARE(view->image().size(), EvidenceFixture::ImageSize);

        // 100 %: one image pixel per device pixel, whatever the screen's scale.
        QTest::keyClick(viewer.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(view->zoom(), 1.0);
        QImage shown = shownPixels(view);
        QRect block = colourBox(shown, EvidenceFixture::annotationColour());
        QCOMPARE(block.size(), EvidenceFixture::Block.size());
        // The picture is centred: the block sits where it is in the image, shifted by the margin.
        const QSize margin = (shown.size() - EvidenceFixture::ImageSize) / 2;
        QVERIFY(qAbs(block.left() - (EvidenceFixture::Block.left() + margin.width())) <= 1);
        QVERIFY(qAbs(block.top() - (EvidenceFixture::Block.top() + margin.height())) <= 1);
        QCOMPARE(shown.pixelColor(block.center()), EvidenceFixture::annotationColour());

        // Zoom in doubles the picture on screen, zoom out halves it again, Ctrl+0 fits.
        QTest::keyClick(viewer.get(), Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(view->zoom(), 2.0);
        block = colourBox(shownPixels(view), EvidenceFixture::annotationColour());
        QCOMPARE(block.size(), EvidenceFixture::Block.size() * 2);
        QTest::keyClick(viewer.get(), Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(viewer.get(), Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(view->zoom(), 0.5);
        block = colourBox(shownPixels(view), EvidenceFixture::annotationColour());
        QVERIFY2(qAbs(block.width() - EvidenceFixture::Block.width() / 2) <= 1,
                 qPrintable(QString::number(block.width())));
        QTest::keyClick(viewer.get(), Qt::Key_0, Qt::ControlModifier);
        QVERIFY(view->isFitting());
        QCOMPARE(view->zoom(), 1.0); // a small picture is never blown up to fit

        // The tool bar carries the same actions, with the shortcut in the tooltip.
        const QList<QAction *> actions = view->zoomActions();
        QCOMPARE(actions.size(), 4);
        QVERIFY(actions.at(1)->toolTip().contains(
            QKeySequence(QKeySequence::ZoomIn).toString(QKeySequence::NativeText)));
    }

    void largePictureScrollsAndCtrlWheelZooms()
    {
        ImageZoomView view;
        view.resize(300, 200);
        QImage big(1200, 900, QImage::Format_RGB32);
        big.fill(Qt::white);
        view.setImage(big);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // Fit shrinks a large picture into the view without scroll bars.
        QVERIFY(view.isFitting());
        QVERIFY(view.zoom() < 1.0);
        QVERIFY(view.displayedSize().width() <= view.viewport()->width() + 0.5);
        QVERIFY(view.displayedSize().height() <= view.viewport()->height() + 0.5);
        QVERIFY(view.zoomActions().at(0)->isEnabled()); // can still zoom out from there

        view.showActualSize();
        QVERIFY(view.horizontalScrollBar()->maximum() > 0);
        QVERIFY(view.verticalScrollBar()->maximum() > 0);

        const double before = view.zoom();
        const QPointF at(50, 40);
        QWheelEvent wheel(at, view.viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view.viewport(), &wheel);
        QCOMPARE(view.zoom(), before * 2);
        // Without Ctrl the wheel scrolls.
        const int scrolled = view.verticalScrollBar()->value();
        QWheelEvent plain(at, view.viewport()->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view.viewport(), &plain);
        QCOMPARE(view.zoom(), before * 2);
        QVERIFY(view.verticalScrollBar()->value() > scrolled);
    }

    void showOriginalSwitchesToUntouchedPixels()
    {
        auto viewer = openViewer();
        auto *view = child<ImageZoomView>(viewer.get(), "evidenceImage");
        auto *showOriginal = child<QCheckBox>(viewer.get(), "showOriginal");
        QVERIFY(view && showOriginal);
        QVERIFY(showOriginal->isVisible());
        QTest::keyClick(viewer.get(), Qt::Key_1, Qt::ControlModifier);
        QVERIFY(!colourBox(shownPixels(view), EvidenceFixture::annotationColour()).isNull());

        QTest::mouseClick(showOriginal, Qt::LeftButton, {}, QPoint(5, showOriginal->height() / 2));
        QVERIFY(showOriginal->isChecked());
        QCOMPARE(viewer->shownEvidence()->id, m_fixture.original.id);
        const QImage shown = shownPixels(view);
        QVERIFY(colourBox(shown, EvidenceFixture::annotationColour()).isNull());
        QCOMPARE(colourBox(shown, EvidenceFixture::originalColour()).size(), EvidenceFixture::Block.size());
        QCOMPARE(view->zoom(), 1.0); // the comparison keeps the zoom

        showOriginal->click();
        QVERIFY(!colourBox(shownPixels(view), EvidenceFixture::annotationColour()).isNull());
    }

    void alteredFileIsNotShown()
    {
        const QString path =
            EvidenceStore(dir().path()).absolutePathFor(m_fixture.annotated.sha256, QStringLiteral("png"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(file.size() - 1));
        QVERIFY(file.write("x") == 1);
        file.close();

        auto viewer = openViewer();
        auto *warning = child<QLabel>(viewer.get(), "evidenceWarning");
        auto *view = child<ImageZoomView>(viewer.get(), "evidenceImage");
        QVERIFY(warning && view);
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(QStringLiteral("This file was changed after it was recorded")),
                 qPrintable(warning->text()));
        QVERIFY(!view->isVisible());
        QVERIFY(view->image().isNull());
        QVERIFY(!child<QPushButton>(viewer.get(), "saveEvidenceCopy")->isEnabled());
        QVERIFY(!viewer->saveCopyTo(dir().filePath(QStringLiteral("copy.png"))).ok());
        QVERIFY(!QFile::exists(dir().filePath(QStringLiteral("copy.png"))));
        QVERIFY(!listIntact(viewer.get(), 0));

        // The untouched original behind it still shows, without the warning.
        child<QCheckBox>(viewer.get(), "showOriginal")->click();
        QVERIFY(!warning->isVisible());
        QVERIFY(view->isVisible());
        QVERIFY(!view->image().isNull());
    }

    void savedCopyHasTheRecordedBytes()
    {
        auto viewer = openViewer();
        const QString copy = dir().filePath(QStringLiteral("copy.png"));
        const Status saved = viewer->saveCopyTo(copy);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().fullText()));
        QCOMPARE(fileSha256(copy), m_fixture.annotated.sha256);
    }

    void accountRecordEvidence()
    {
        Site account;
        account.kind = SiteKind::NewMedia;
        account.platform = QStringLiteral("微信");
        account.name = QStringLiteral("青禾发布");
        account.accountId = QStringLiteral("qinghe_fabu");
        account.unitId = SiteRepository(db()).get(m_fixture.siteId).value().unitId;
        auto accountId = SiteRepository(db()).create(account);
        QVERIFY2(accountId.ok(), qPrintable(accountId.ok() ? QString() : accountId.error().fullText()));
        AccountRecord record;
        record.roundId = m_fixture.roundId;
        record.siteId = accountId.value();
        auto recordId = AccountRecordRepository(db()).save(record);
        QVERIFY2(recordId.ok(), qPrintable(recordId.ok() ? QString() : recordId.error().fullText()));
        Evidence meta;
        meta.accountRecordId = recordId.value();
        meta.kind = EvidenceKind::Photo;
        meta.captureMode = CaptureMode::Upload;
        meta.capturedAt = QDateTime::currentDateTimeUtc();
        auto photo = EvidenceRecorder(db(), dir().path()).addImage(EvidenceFixture::originalImage(), meta);
        QVERIFY2(photo.ok(), qPrintable(photo.ok() ? QString() : photo.error().fullText()));

        std::unique_ptr<EvidenceViewer> viewer(
            EvidenceViewer::forAccountRecord(db(), dir().path(), recordId.value()));
        QCOMPARE(viewer->fileCount(), 1);
        QCOMPARE(viewer->shownEvidence()->id, photo.value().id);
        viewer->show();
        QVERIFY(QTest::qWaitForWindowExposed(viewer.get()));
        QVERIFY(!child<QCheckBox>(viewer.get(), "showOriginal")->isVisible()); // a photo has no original
    }
};

XJ_GUI_TEST_MAIN(TestEvidenceViewer)
#include "tst_evidenceviewer.moc"
