// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imaging/Annotation.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>

namespace xj {

/// One drawing tool of the annotation editor: which annotation it makes, the mouse gesture that
/// makes it, and how the tool bar shows it.
struct AnnotationTool
{
    enum class Gesture {
        Box,   ///< drag from one corner to the other
        Line,  ///< drag from the tail to the head
        Click, ///< click, then type
    };

    Annotation::Kind kind;
    Gesture gesture;
    const char *objectName; ///< of the tool's QAction, for tests and style sheets
    const char *name;       ///< source text, QT_TRANSLATE_NOOP("xj::AnnotationTools", ...)
    const char *hint;       ///< source text of the tooltip without its shortcut
    const char *shortcut;   ///< portable QKeySequence text
    QColor fixedColor;      ///< the colour the tool always uses; invalid: the colour chosen
};

/// Every annotation tool, registered in this one place: a new tool is a row here plus its
/// painting in AnnotationRenderer.
class AnnotationTools final
{
    Q_DECLARE_TR_FUNCTIONS(xj::AnnotationTools)
public:
    static const QList<AnnotationTool> &all();
    static const AnnotationTool &forKind(Annotation::Kind kind);

    static QString name(const AnnotationTool &tool);
    /// The hint followed by the shortcut, e.g. "Draw a frame around the problem (R)".
    static QString toolTip(const AnnotationTool &tool);
    /// `chosen`, unless the tool always uses its own colour.
    static QColor colorFor(const AnnotationTool &tool, const QColor &chosen);
    /// The red annotations start with: it stands out on the grey and blue of most official sites.
    static QColor defaultColor();
    /// Adds the shortcut to a tooltip the way every button of the editor shows it.
    static QString withShortcut(const QString &hint, const QString &shortcut);
};

} // namespace xj
