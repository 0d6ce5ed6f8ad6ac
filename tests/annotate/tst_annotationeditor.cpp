// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotate/AnnotationEditor.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace xj;

namespace {

constexpr QRgb White = 0xffffffff;

// A government page as a screenshot shows it: a blue banner, lines of grey text, and a table
// cell full of fine detail where a citizen's ID number would be.
QImage pageScreenshot(QSize logical = {480, 320}, qreal ratio = 1)
{
    QImage image(logical * ratio, QImage::Format_RGB32);
    image.setDevicePixelRatio(ratio);
    image.fill(White);
    QPainter painter(&image);
    painter.fillRect(QRectF(0, 0, logical.width(), 40), QColor(20, 80, 160));
    QFont font;
    font.setPixelSize(18);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QPointF(16, 27), QStringLiteral("青禾县人民政府 · 政务公开"));
    for (int line = 0; line < 4; ++line)
        painter.fillRect(QRectF(16, 60 + line * 20, logical.width() - 200, 6), QColor(150, 150, 150));
    painter.end();
    // A checkerboard of 3-pixel squares: blocks of 12 turn it into an even grey, smaller blocks
    // into uneven ones.
    const QRect detail = QRect(QPoint(240, 180) * ratio, QSize(120, 60) * ratio);
    for (int y = detail.top(); y <= detail.bottom(); ++y) {
        for (int x = detail.left(); x <= detail.right(); ++x)
            image.setPixel(x, y, (x / 3 + y / 3) % 2 ? White : qRgb(0, 0, 0));
    }
    return image;
}

QByteArray bitsHash(const QImage &image)
{
    return QCryptographicHash::hash(QByteArrayView(image.constBits(), image.sizeInBytes()),
                                    QCryptographicHash::Sha256);
}

bool isRed(QRgb p)
{
    return qRed(p) > 200 && qGreen(p) < 80 && qBlue(p) < 80;
}

} // namespace

class TestAnnotationEditor : public QObject
{
    Q_OBJECT

    QImage m_original;
    QByteArray m_originalHash;
    std::unique_ptr<AnnotationEditor> m_editor;

    QWidget *canvas() const { return m_editor->findChild<QWidget *>(QStringLiteral("annotationCanvas")); }

    QAction *action(const char *name) const
    {
        auto *a = m_editor->findChild<QAction *>(QString::fromLatin1(name));
        if (!a)
            qWarning() << "no action" << name;
        return a;
    }

    QPushButton *button(const char *name) const
    {
        return m_editor->findChild<QDialogButtonBox *>(QStringLiteral("annotationButtons"))
            ->findChild<QPushButton *>(QString::fromLatin1(name));
    }

    // Opens the editor at 100 %, so that canvas pixels are the screenshot's logical pixels.
    void open(const QImage &image, bool actualSize = true)
    {
        m_original = image;
        m_originalHash = bitsHash(image);
        m_editor = std::make_unique<AnnotationEditor>(m_original);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
        if (actualSize)
            action("annotateZoomActual")->trigger();
    }

    void drag(QPoint from, QPoint to)
    {
        QWidget *target = canvas();
        QTest::mousePress(target, Qt::LeftButton, {}, from);
        QTest::mouseMove(target, (from + to) / 2);
        QTest::mouseMove(target, to);
        QTest::mouseRelease(target, Qt::LeftButton, {}, to);
    }

    void verifyOriginalUntouched() { QCOMPARE(bitsHash(m_original), m_originalHash); }

    // Answers the next message box once it is on screen; returns at once.
    static void answerMessageBox(QMessageBox::StandardButton answer)
    {
        auto *poll = new QTimer;
        QObject::connect(poll, &QTimer::timeout, poll, [poll, answer] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            box->button(answer)->click();
            poll->deleteLater();
        });
        poll->start(20);
    }

private slots:
    void cleanup()
    {
        if (m_editor) {
            verifyOriginalUntouched();
            m_editor->hide();
            m_editor.reset();
        }
    }

    void rectangleFramesTheDraggedArea_data()
    {
        QTest::addColumn<qreal>("ratio");
        QTest::newRow("standard screen") << 1.0;
        QTest::newRow("high-DPI screen") << 2.0;
    }

    void rectangleFramesTheDraggedArea()
    {
        QFETCH(qreal, ratio);
        open(pageScreenshot({480, 320}, ratio));
        action("annotateRectangle")->trigger();

        drag({50, 150}, {150, 250});

        QCOMPARE(m_editor->annotations().size(), 1);
        QCOMPARE(m_editor->annotations().first().rect, QRectF(50, 150, 100, 100));
        const QImage out = m_editor->annotatedImage();
        QCOMPARE(out.size(), m_original.size());
        QCOMPARE(out.devicePixelRatio(), ratio);
        const auto at = [&](int x, int y) {
            return out.pixel(int(x * ratio), int(y * ratio));
        };
        QCOMPARE(at(50, 200), qRgb(255, 0, 0));
        QCOMPARE(at(150, 200), qRgb(255, 0, 0));
        QCOMPARE(at(100, 150), qRgb(255, 0, 0));
        QCOMPARE(at(100, 250), qRgb(255, 0, 0));
        QCOMPARE(at(100, 200), White);
    }

    // Personal data is gone from the saved image: the fine pattern comes out as blocks of one
    // colour each, 12 logical pixels wide.
    void pixelateKeyDestroysDetail()
    {
        open(pageScreenshot());
        QTest::keyClick(m_editor.get(), Qt::Key_B);
        QVERIFY(action("annotatePixelate")->isChecked());

        drag({240, 180}, {360, 240});

        QCOMPARE(m_editor->annotations().first().kind, Annotation::Kind::Pixelate);
        const QImage out = m_editor->annotatedImage();
        for (int by = 180; by < 240; by += 12) {
            for (int bx = 240; bx < 360; bx += 12) {
                const QRgb block = out.pixel(bx, by);
                QCOMPARE(block, qRgb(128, 128, 128));
                for (int y = by; y < by + 12; ++y) {
                    for (int x = bx; x < bx + 12; ++x)
                        QCOMPARE(out.pixel(x, y), block);
                }
            }
        }
        QCOMPARE(out.pixel(239, 200), White);
        QCOMPARE(out.pixel(360, 200), White);
    }

    void coverKeyHidesUnderBlack()
    {
        open(pageScreenshot());
        QTest::keyClick(m_editor.get(), Qt::Key_B, Qt::ShiftModifier);
        QVERIFY(action("annotateCover")->isChecked());
        drag({240, 180}, {360, 240});
        const QImage out = m_editor->annotatedImage();
        QCOMPARE(out.pixel(241, 181), qRgb(0, 0, 0));
        QCOMPARE(out.pixel(300, 210), qRgb(0, 0, 0));
        QCOMPARE(out.pixel(358, 238), qRgb(0, 0, 0));
    }

    void textToolWritesANote_data()
    {
        QTest::addColumn<bool>("chinese");
        QTest::newRow("typed letters") << false;
        QTest::newRow("Chinese from an input method") << true;
    }

    void textToolWritesANote()
    {
        QFETCH(bool, chinese);
        open(pageScreenshot());
        QTest::keyClick(m_editor.get(), Qt::Key_T);
        QTest::mouseClick(canvas(), Qt::LeftButton, {}, QPoint(40, 150));
        auto *field = canvas()->findChild<QLineEdit *>(QStringLiteral("annotationTextEditor"));
        QVERIFY(field);
        QTRY_VERIFY(field->hasFocus());
        const QString note = chinese ? QStringLiteral("链接失效") : QStringLiteral("Broken link");
        if (chinese) {
            QInputMethodEvent event;
            event.setCommitString(note);
            QApplication::sendEvent(field, &event);
        } else {
            QTest::keyClicks(field, note);
        }
        QTest::keyClick(field, Qt::Key_Return);

        QVERIFY2(m_editor->isVisible(), "Enter in the note must not save the screenshot");
        QCOMPARE(m_editor->annotations().size(), 1);
        QCOMPARE(m_editor->annotations().first().text, note);
        QCOMPARE(m_editor->annotations().first().rect.topLeft(), QPointF(40, 150));
        const QImage out = m_editor->annotatedImage();
        int red = 0;
        for (int y = 150; y < 180; ++y) {
            for (int x = 40; x < 140; ++x)
                red += isRed(out.pixel(x, y)) ? 1 : 0;
        }
        QVERIFY2(red > 40, qPrintable(QString::number(red)));
        QTRY_VERIFY(!canvas()->findChild<QLineEdit *>(QStringLiteral("annotationTextEditor")));
    }

    void escapeDropsAnUnfinishedNote()
    {
        open(pageScreenshot());
        action("annotateText")->trigger();
        QTest::mouseClick(canvas(), Qt::LeftButton, {}, QPoint(40, 150));
        auto *field = canvas()->findChild<QLineEdit *>(QStringLiteral("annotationTextEditor"));
        QVERIFY(field);
        QTest::keyClicks(field, QStringLiteral("draft"));
        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY2(m_editor->isVisible(), "Esc in the note must not close the editor");
        QVERIFY(!m_editor->hasAnnotations());
    }

    void highlightTintsYellow()
    {
        open(pageScreenshot());
        QTest::keyClick(m_editor.get(), Qt::Key_H);
        drag({16, 55}, {280, 75});
        const QImage out = m_editor->annotatedImage();
        const QRgb paper = out.pixel(100, 58);
        QVERIFY2(qRed(paper) > 230 && qGreen(paper) > 200 && qBlue(paper) < 150,
                 qPrintable(QColor(paper).name()));
        QCOMPARE(out.pixel(100, 90), White);
    }

    void chosenColourIsUsed()
    {
        open(pageScreenshot());
        action("annotateColorBlue")->trigger();
        action("annotateArrow")->trigger();
        drag({50, 200}, {200, 200});
        const QImage out = m_editor->annotatedImage();
        QCOMPARE(out.pixel(100, 200), qRgb(0, 90, 255));
        QCOMPARE(m_editor->annotations().first().line, QLineF(50, 200, 200, 200));
    }

    // Undo takes the last annotation off the pixels too; redo puts it back.
    void undoAndRedo()
    {
        open(pageScreenshot());
        QVERIFY(!action("annotateUndo")->isEnabled());
        QTest::keyClick(m_editor.get(), Qt::Key_R);
        drag({50, 150}, {150, 250});
        QTest::keyClick(m_editor.get(), Qt::Key_A);
        drag({200, 280}, {400, 280});
        QCOMPARE(m_editor->annotations().size(), 2);
        QCOMPARE(m_editor->annotatedImage().pixel(300, 280), qRgb(255, 0, 0));

        QTest::keyClick(m_editor.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(m_editor->annotations().size(), 1);
        QCOMPARE(m_editor->annotatedImage().pixel(300, 280), White);
        QCOMPARE(m_editor->annotatedImage().pixel(50, 200), qRgb(255, 0, 0));

        QTest::keyClick(m_editor.get(), Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(m_editor->annotations().size(), 2);
        QCOMPARE(m_editor->annotatedImage().pixel(300, 280), qRgb(255, 0, 0));

        action("annotateUndo")->trigger();
        action("annotateUndo")->trigger();
        QVERIFY(!m_editor->hasAnnotations());
        QVERIFY(m_editor->annotatedImage().isNull());
        QTest::keyClick(m_editor.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_editor->annotations().size(), 1);
        QCOMPARE(m_editor->annotatedImage().pixel(50, 200), qRgb(255, 0, 0));
    }

    void slipsAndEscapeMakeNoShape()
    {
        open(pageScreenshot());
        QTest::mouseClick(canvas(), Qt::LeftButton, {}, QPoint(100, 100));
        QTest::mousePress(canvas(), Qt::LeftButton, {}, QPoint(100, 100));
        QTest::mouseMove(canvas(), QPoint(200, 200));
        QTest::keyClick(canvas(), Qt::Key_Escape);
        QTest::mouseRelease(canvas(), Qt::LeftButton, {}, QPoint(200, 200));
        QVERIFY(m_editor->isVisible());
        QVERIFY(!m_editor->hasAnnotations());
    }

    // At "fit" a large screenshot is shown smaller, and a drag still lands where it was made.
    void fitZoomMapsToTheScreenshot()
    {
        open(pageScreenshot({2400, 1600}), false);
        QWidget *target = canvas();
        const qreal zoom = target->width() / 2400.0;
        QVERIFY2(zoom < 0.9, qPrintable(QString::number(zoom)));
        QVERIFY(target->height() <=
                m_editor->findChild<QWidget *>(QStringLiteral("annotationView"))->height());

        drag(QPoint(100, 100), QPoint(300, 200));

        const QRectF rect = m_editor->annotations().first().rect;
        QVERIFY2(qAbs(rect.left() - 100 / zoom) < 2 && qAbs(rect.bottom() - 200 / zoom) < 2,
                 qPrintable(QStringLiteral("%1 at zoom %2").arg(QVariant(rect).toString()).arg(zoom)));
        action("annotateZoomActual")->trigger();
        QCOMPARE(target->width(), 2400);
    }

    void saveReturnsTheAnnotatedCopy()
    {
        open(pageScreenshot());
        drag({50, 150}, {150, 250});
        button("annotationSave")->click();
        QCOMPARE(m_editor->result(), int(QDialog::Accepted));
        QVERIFY(m_editor->hasAnnotations());
        QCOMPARE(m_editor->annotatedImage().pixel(50, 200), qRgb(255, 0, 0));
    }

    void saveWithNothingDrawnReturnsNoCopy()
    {
        open(pageScreenshot());
        button("annotationSave")->click();
        QCOMPARE(m_editor->result(), int(QDialog::Accepted));
        QVERIFY(m_editor->annotatedImage().isNull());
    }

    void saveWithoutAnnotationsWarnsAboutPersonalData()
    {
        open(pageScreenshot());
        action("annotatePixelate")->trigger();
        drag({240, 180}, {360, 240});

        answerMessageBox(QMessageBox::Cancel);
        button("annotationSaveOriginal")->click();
        QVERIFY2(m_editor->isVisible(), "cancelling the warning keeps the editor open");
        QVERIFY(m_editor->hasAnnotations());

        answerMessageBox(QMessageBox::Save);
        button("annotationSaveOriginal")->click();
        QCOMPARE(m_editor->result(), int(QDialog::Accepted));
        QVERIFY(!m_editor->hasAnnotations());
        QVERIFY(m_editor->annotations().isEmpty());
        QVERIFY(m_editor->annotatedImage().isNull());
    }

    void cancelAsksBeforeDroppingAnnotations()
    {
        open(pageScreenshot());
        drag({50, 150}, {150, 250});
        answerMessageBox(QMessageBox::Cancel);
        QTest::keyClick(m_editor.get(), Qt::Key_Escape);
        QVERIFY(m_editor->isVisible());

        answerMessageBox(QMessageBox::Discard);
        button("annotationCancel")->click();
        QCOMPARE(m_editor->result(), int(QDialog::Rejected));
        QVERIFY(!m_editor->isVisible());
    }

    void toolTipsNameTheShortcuts_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("key");
        QTest::newRow("rectangle") << "annotateRectangle"
                                   << "R";
        QTest::newRow("arrow") << "annotateArrow"
                               << "A";
        QTest::newRow("text") << "annotateText"
                              << "T";
        QTest::newRow("highlight") << "annotateHighlight"
                                   << "H";
        QTest::newRow("pixelate") << "annotatePixelate"
                                  << "B";
        QTest::newRow("cover") << "annotateCover"
                               << "Shift+B";
        QTest::newRow("undo") << "annotateUndo"
                              << "Ctrl+Z";
        QTest::newRow("redo") << "annotateRedo"
                              << "Ctrl+Y";
    }

    void toolTipsNameTheShortcuts()
    {
        QFETCH(QString, name);
        QFETCH(QString, key);
        open(pageScreenshot());
        QAction *a = action(name.toLatin1().constData());
        QVERIFY(a);
        QVERIFY2(a->toolTip().contains(QStringLiteral("(") + key) ||
                     a->toolTip().contains(key + QStringLiteral(")")),
                 qPrintable(a->toolTip()));
        QVERIFY(a->shortcuts().contains(QKeySequence(key)));
        QVERIFY(action("annotateColor"));
    }
};

// The editor as the inspector sees it after marking a page, for looking at by hand.
static int showEditor()
{
    AnnotationEditor editor(pageScreenshot({900, 560}));
    editor.show();
    editor.activateWindow();
    if (!QTest::qWaitForWindowActive(&editor))
        return 1;
    auto *canvas = editor.findChild<QWidget *>(QStringLiteral("annotationCanvas"));
    const qreal zoom = canvas->width() / 900.0;
    const auto at = [zoom](int x, int y) {
        return QPoint(qRound(x * zoom), qRound(y * zoom));
    };
    const auto drag = [&](QPoint from, QPoint to) {
        QTest::mousePress(canvas, Qt::LeftButton, {}, from);
        QTest::mouseMove(canvas, to);
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, to);
    };
    drag(at(10, 52), at(720, 150));
    QTest::keyClick(&editor, Qt::Key_A);
    drag(at(560, 330), at(450, 250));
    QTest::keyClick(&editor, Qt::Key_H);
    drag(at(14, 96), at(500, 110));
    QTest::keyClick(&editor, Qt::Key_B);
    drag(at(240, 180), at(360, 240));
    QTest::keyClick(&editor, Qt::Key_T);
    QTest::mouseClick(canvas, Qt::LeftButton, {}, at(500, 340));
    if (auto *field = canvas->findChild<QLineEdit *>(QStringLiteral("annotationTextEditor")))
        QTest::keyClicks(field, QStringLiteral("Column not updated"));
    return editor.exec() == QDialog::Accepted ? 0 : 1;
}

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("XUNJIAN_SHOW_ANNOTATION_EDITOR"))
        return showEditor();
    TestAnnotationEditor test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_annotationeditor.moc"
