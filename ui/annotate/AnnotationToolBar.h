// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotate/AnnotationTools.h"

#include <QToolBar>

class QActionGroup;
class QUndoStack;

namespace xj {

/// The annotation editor's tools: one checkable action per registered AnnotationTool, the
/// colour menu, undo and redo on the editor's undo stack, and the two zoom levels. Every action
/// has an objectName ("annotateRectangle", "annotateColor", "annotateUndo", …) and a tooltip
/// that names its shortcut.
class AnnotationToolBar final : public QToolBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationToolBar)
public:
    explicit AnnotationToolBar(QUndoStack *undoStack, QWidget *parent = nullptr);

    QColor color() const { return m_color; }
    void setColor(const QColor &color);

signals:
    void toolChosen(const xj::AnnotationTool &tool);
    void colorChosen(const QColor &color);
    void zoomToFitRequested();
    void actualSizeRequested();

private:
    void addToolActions();
    void addColorMenu();
    void addUndoActions(QUndoStack *undoStack);
    void addZoomActions();
    void chooseOtherColor();
    QAction *addNamedAction(const char *objectName, const QString &text, const QString &toolTip);

    QColor m_color;
    QAction *m_colorAction = nullptr;
    QActionGroup *m_colorGroup = nullptr;
};

} // namespace xj
