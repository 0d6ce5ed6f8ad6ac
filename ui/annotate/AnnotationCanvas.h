// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotate/AnnotationTools.h"

#include <QPointer>
#include <QWidget>

#include <optional>

namespace xj {

class AnnotationDocument;
class TextLabelEditor;

/// Shows the screenshot with its annotations at a zoom factor and turns mouse drags into new
/// annotations with the current tool and colour. It only reports finished annotations; the
/// editor adds them to the document through the undo stack.
class AnnotationCanvas final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationCanvas)
public:
    explicit AnnotationCanvas(AnnotationDocument *document, QWidget *parent = nullptr);

    void setTool(const AnnotationTool &tool);
    const AnnotationTool &tool() const { return m_tool; }
    void setColor(const QColor &color);
    QColor color() const { return m_color; }

    /// Widget pixels per logical pixel of the screenshot.
    void setZoom(qreal zoom);
    qreal zoom() const { return m_zoom; }
    /// The screenshot's size in logical pixels, the canvas's size at zoom 1.
    QSizeF imageSize() const;

    QSize sizeHint() const override;

signals:
    void annotationFinished(const xj::Annotation &annotation);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QPointF toImage(const QPointF &widgetPoint) const;
    std::optional<Annotation> draftAnnotation() const;
    void paintDraft(QPainter &painter, const Annotation &draft) const;
    void openTextEditor(const QPointF &imagePoint);
    void finishText(const QPointF &imagePoint, const QString &text);
    void commitOpenText();

    AnnotationDocument *m_document;
    AnnotationTool m_tool;
    QColor m_color;
    qreal m_zoom = 1;
    bool m_dragging = false;
    QPointF m_dragStart;
    QPointF m_dragEnd;
    QPointer<TextLabelEditor> m_textEditor;
};

} // namespace xj
