// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotate/AnnotationCanvas.h"

#include "annotate/AnnotationDocument.h"
#include "annotate/TextLabelEditor.h"
#include "imaging/AnnotationRenderer.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace xj {

namespace {

// Shorter drags are taken as slips of the hand, not as shapes.
constexpr qreal MinimumDrag = 4;

} // namespace

AnnotationCanvas::AnnotationCanvas(AnnotationDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_tool(AnnotationTools::all().first())
    , m_color(AnnotationTools::defaultColor())
{
    setObjectName(QStringLiteral("annotationCanvas"));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::CrossCursor);
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(m_document, &AnnotationDocument::changed, this, qOverload<>(&QWidget::update));
    resize(sizeHint());
}

void AnnotationCanvas::setTool(const AnnotationTool &tool)
{
    commitOpenText();
    m_tool = tool;
    m_dragging = false;
    update();
}

void AnnotationCanvas::setColor(const QColor &color)
{
    m_color = color;
    if (m_textEditor)
        m_textEditor->setStyleSheet(QStringLiteral("color: %1").arg(color.name()));
}

void AnnotationCanvas::setZoom(qreal zoom)
{
    commitOpenText();
    m_zoom = zoom;
    resize(sizeHint());
    update();
}

QSizeF AnnotationCanvas::imageSize() const
{
    return m_document->logicalSize();
}

QSize AnnotationCanvas::sizeHint() const
{
    return (imageSize() * m_zoom).toSize().expandedTo(QSize(1, 1));
}

QPointF AnnotationCanvas::toImage(const QPointF &widgetPoint) const
{
    const QSizeF size = m_document->logicalSize();
    const QPointF p = widgetPoint / m_zoom;
    return QPointF(std::clamp(p.x(), 0.0, size.width()), std::clamp(p.y(), 0.0, size.height()));
}

std::optional<Annotation> AnnotationCanvas::draftAnnotation() const
{
    if (QLineF(m_dragStart, m_dragEnd).length() * m_zoom < MinimumDrag)
        return std::nullopt;
    Annotation a;
    a.kind = m_tool.kind;
    a.color = AnnotationTools::colorFor(m_tool, m_color);
    switch (m_tool.gesture) {
    case AnnotationTool::Gesture::Line:
        a.line = QLineF(m_dragStart, m_dragEnd);
        break;
    case AnnotationTool::Gesture::Box:
        a.rect = QRectF(m_dragStart, m_dragEnd).normalized();
        if (a.rect.width() * m_zoom < MinimumDrag || a.rect.height() * m_zoom < MinimumDrag)
            return std::nullopt;
        break;
    case AnnotationTool::Gesture::Click:
        return std::nullopt;
    }
    return a;
}

void AnnotationCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, !qFuzzyCompare(m_zoom, 1.0));
    painter.scale(m_zoom, m_zoom);
    painter.drawImage(QRectF(QPointF(), m_document->logicalSize()), m_document->rendered());
    if (m_dragging) {
        if (const auto draft = draftAnnotation())
            paintDraft(painter, *draft);
    }
}

// The shape being dragged is painted on the view only; pixelating needs the pixels underneath,
// so that area is shown as a grey veil until the mouse is released.
void AnnotationCanvas::paintDraft(QPainter &painter, const Annotation &draft) const
{
    painter.setRenderHint(QPainter::Antialiasing);
    if (draft.kind != Annotation::Kind::Pixelate) {
        AnnotationRenderer::paint(painter, draft);
        return;
    }
    painter.fillRect(draft.rect, QColor(128, 128, 128, 160));
    painter.setPen(QPen(Qt::black, 1 / m_zoom, Qt::DashLine));
    painter.drawRect(draft.rect);
}

void AnnotationCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    commitOpenText();
    setFocus(Qt::MouseFocusReason);
    m_dragging = true;
    m_dragStart = m_dragEnd = toImage(event->position());
}

void AnnotationCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return;
    m_dragEnd = toImage(event->position());
    update();
}

void AnnotationCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging || event->button() != Qt::LeftButton)
        return;
    m_dragging = false;
    m_dragEnd = toImage(event->position());
    update();
    if (m_tool.gesture == AnnotationTool::Gesture::Click) {
        openTextEditor(m_dragEnd);
        return;
    }
    if (const auto annotation = draftAnnotation())
        emit annotationFinished(*annotation);
}

void AnnotationCanvas::keyPressEvent(QKeyEvent *event)
{
    // Esc while dragging drops the shape; otherwise it is left to the dialog.
    if (event->key() == Qt::Key_Escape && m_dragging) {
        m_dragging = false;
        update();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void AnnotationCanvas::openTextEditor(const QPointF &imagePoint)
{
    auto *editor = new TextLabelEditor(this);
    QFont font = AnnotationRenderer::textFont();
    font.setPixelSize(std::max(8, qRound(AnnotationRenderer::TextPixelSize * m_zoom)));
    editor->setFont(font);
    editor->setStyleSheet(QStringLiteral("color: %1").arg(AnnotationTools::colorFor(m_tool, m_color).name()));
    editor->setMinimumWidth(editor->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 12);
    editor->move((imagePoint * m_zoom).toPoint());
    editor->adjustSize();
    connect(editor, &TextLabelEditor::finished, this,
            [this, imagePoint](const QString &text) { finishText(imagePoint, text); });
    m_textEditor = editor;
    editor->show();
    editor->setFocus(Qt::OtherFocusReason);
}

void AnnotationCanvas::finishText(const QPointF &imagePoint, const QString &text)
{
    if (m_textEditor) {
        m_textEditor->hide();
        m_textEditor->deleteLater();
        m_textEditor.clear();
    }
    if (text.isEmpty())
        return;
    Annotation a;
    a.kind = Annotation::Kind::Text;
    a.rect = QRectF(imagePoint, QSizeF());
    a.color = AnnotationTools::colorFor(AnnotationTools::forKind(Annotation::Kind::Text), m_color);
    a.text = text;
    emit annotationFinished(a);
}

void AnnotationCanvas::commitOpenText()
{
    // Whatever was typed counts; pressing Enter first is not a rule anyone should have to know.
    if (m_textEditor)
        m_textEditor->commit();
}

} // namespace xj
