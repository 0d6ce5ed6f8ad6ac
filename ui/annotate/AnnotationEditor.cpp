// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotate/AnnotationEditor.h"

#include "annotate/AddAnnotationCommand.h"
#include "annotate/AnnotationCanvas.h"
#include "annotate/AnnotationDocument.h"
#include "annotate/AnnotationToolBar.h"
#include "annotate/AnnotationTools.h"
#include "annotate/AnnotationView.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QUndoStack>
#include <QVBoxLayout>

namespace xj {

AnnotationEditor::AnnotationEditor(const QImage &original, QWidget *parent)
    : QDialog(parent)
    , m_document(new AnnotationDocument(original, this))
    , m_undoStack(new QUndoStack(this))
    , m_canvas(new AnnotationCanvas(m_document, this))
    , m_view(new AnnotationView(m_canvas, this))
    , m_toolBar(new AnnotationToolBar(m_undoStack, this))
{
    setObjectName(QStringLiteral("annotationEditor"));
    setWindowTitle(tr("Annotate screenshot"));

    connect(m_toolBar, &AnnotationToolBar::toolChosen, m_canvas, &AnnotationCanvas::setTool);
    connect(m_toolBar, &AnnotationToolBar::colorChosen, m_canvas, &AnnotationCanvas::setColor);
    connect(m_toolBar, &AnnotationToolBar::zoomToFitRequested, m_view, &AnnotationView::zoomToFit);
    connect(m_toolBar, &AnnotationToolBar::actualSizeRequested, m_view, &AnnotationView::zoomToActualSize);
    connect(m_canvas, &AnnotationCanvas::annotationFinished, this,
            [this](const Annotation &a) { m_undoStack->push(new AddAnnotationCommand(m_document, a)); });
    m_canvas->setColor(m_toolBar->color());

    auto *hint = new QLabel(tr("Drag on the screenshot to mark the problem. Pixelate ID card numbers, phone "
                               "numbers and other personal data before saving."),
                            this);
    hint->setObjectName(QStringLiteral("annotationHint"));
    hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_view, 1);
    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(12, 8, 12, 10);
    bottom->setSpacing(16);
    bottom->addWidget(hint, 1);
    bottom->addWidget(createButtons());
    layout->addLayout(bottom);

    fitWindowToScreenshot();
    m_canvas->setFocus();
}

QDialogButtonBox *AnnotationEditor::createButtons()
{
    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("annotationButtons"));
    QPushButton *save = buttons->addButton(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("annotationSave"));
    save->setShortcut(QKeySequence::Save);
    save->setToolTip(
        AnnotationTools::withShortcut(tr("Save the screenshot with the annotations"),
                                      QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    save->setDefault(true);
    QPushButton *plain = buttons->addButton(tr("Save without annotations"), QDialogButtonBox::AcceptRole);
    plain->setObjectName(QStringLiteral("annotationSaveOriginal"));
    plain->setToolTip(tr("Save the screenshot exactly as it was taken"));
    plain->setAutoDefault(false);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("annotationCancel"));
    cancel->setToolTip(AnnotationTools::withShortcut(
        tr("Do not save the screenshot"), QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText)));
    cancel->setAutoDefault(false);

    connect(save, &QPushButton::clicked, this, [this] {
        m_withoutAnnotations = false;
        accept();
    });
    connect(plain, &QPushButton::clicked, this, &AnnotationEditor::saveWithoutAnnotations);
    connect(cancel, &QPushButton::clicked, this, &AnnotationEditor::reject);
    return buttons;
}

void AnnotationEditor::saveWithoutAnnotations()
{
    if (m_document->hasRedactions()) {
        const auto answer = QMessageBox::warning(
            this, tr("Save without annotations"),
            tr("The personal data you pixelated or covered will be readable in the saved screenshot. "
               "Save the screenshot as it was taken anyway?"),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Save)
            return;
    }
    m_withoutAnnotations = true;
    accept();
}

void AnnotationEditor::reject()
{
    if (!m_document->annotations().isEmpty()) {
        const auto answer = QMessageBox::question(
            this, tr("Cancel"), tr("Close without saving the screenshot? Your annotations will be lost."),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

QImage AnnotationEditor::annotatedImage() const
{
    // The document keeps its rendering current, so saving costs no second pass over the pixels.
    return hasAnnotations() ? m_document->rendered() : QImage();
}

QList<Annotation> AnnotationEditor::annotations() const
{
    return m_withoutAnnotations ? QList<Annotation>() : m_document->annotations();
}

bool AnnotationEditor::hasAnnotations() const
{
    return !annotations().isEmpty();
}

void AnnotationEditor::fitWindowToScreenshot()
{
    // Large enough to work in, no larger than the screenshot needs, never off the screen.
    const QScreen *screen = parentWidget() ? parentWidget()->screen() : this->screen();
    const QSize available = screen ? screen->availableGeometry().size() * 0.85 : QSize(1200, 800);
    const QSize image = m_document->logicalSize().toSize();
    const int border = 2 * m_view->frameWidth() + 8;
    const int chromeHeight = sizeHint().height() - m_view->sizeHint().height();
    const QSize wanted(std::max(image.width() + border, sizeHint().width()),
                       image.height() + border + chromeHeight);
    resize(wanted.expandedTo(QSize(760, 480)).boundedTo(available));
}

} // namespace xj
