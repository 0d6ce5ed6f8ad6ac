// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotate/AnnotationTools.h"

#include <QKeySequence>

namespace xj {

const QList<AnnotationTool> &AnnotationTools::all()
{
    using Kind = Annotation::Kind;
    using Gesture = AnnotationTool::Gesture;
    static const QList<AnnotationTool> tools{
        {Kind::Rectangle, Gesture::Box, "annotateRectangle",
         QT_TRANSLATE_NOOP("xj::AnnotationTools", "Rectangle"),
         QT_TRANSLATE_NOOP("xj::AnnotationTools", "Draw a frame around the problem"), "R", QColor()},
        {Kind::Arrow, Gesture::Line, "annotateArrow", QT_TRANSLATE_NOOP("xj::AnnotationTools", "Arrow"),
         QT_TRANSLATE_NOOP("xj::AnnotationTools", "Drag from the tail to where the arrow points"), "A",
         QColor()},
        {Kind::Text, Gesture::Click, "annotateText", QT_TRANSLATE_NOOP("xj::AnnotationTools", "Text"),
         QT_TRANSLATE_NOOP("xj::AnnotationTools", "Click where a note goes, type it and press Enter"), "T",
         QColor()},
        {Kind::Highlight, Gesture::Box, "annotateHighlight",
         QT_TRANSLATE_NOOP("xj::AnnotationTools", "Highlight"),
         QT_TRANSLATE_NOOP("xj::AnnotationTools", "Mark text with a translucent yellow like a marker pen"),
         "H", QColor(255, 230, 0, 160)},
        {Kind::Pixelate, Gesture::Box, "annotatePixelate",
         QT_TRANSLATE_NOOP("xj::AnnotationTools", "Pixelate"),
         QT_TRANSLATE_NOOP(
             "xj::AnnotationTools",
             "Pixelate personal data such as ID card or phone numbers so that nobody can read it"),
         "B", QColor()},
        {Kind::Cover, Gesture::Box, "annotateCover", QT_TRANSLATE_NOOP("xj::AnnotationTools", "Cover"),
         QT_TRANSLATE_NOOP("xj::AnnotationTools", "Hide personal data under a solid black bar"), "Shift+B",
         QColor(Qt::black)},
    };
    return tools;
}

const AnnotationTool &AnnotationTools::forKind(Annotation::Kind kind)
{
    for (const AnnotationTool &tool : all()) {
        if (tool.kind == kind)
            return tool;
    }
    Q_ASSERT_X(false, "AnnotationTools::forKind", "every annotation kind needs a tool");
    return all().first();
}

QString AnnotationTools::name(const AnnotationTool &tool)
{
    return QCoreApplication::translate("xj::AnnotationTools", tool.name);
}

QString AnnotationTools::toolTip(const AnnotationTool &tool)
{
    return withShortcut(QCoreApplication::translate("xj::AnnotationTools", tool.hint),
                        QKeySequence(QString::fromLatin1(tool.shortcut)).toString(QKeySequence::NativeText));
}

QColor AnnotationTools::colorFor(const AnnotationTool &tool, const QColor &chosen)
{
    return tool.fixedColor.isValid() ? tool.fixedColor : chosen;
}

QColor AnnotationTools::defaultColor()
{
    return QColor(Qt::red);
}

QString AnnotationTools::withShortcut(const QString &hint, const QString &shortcut)
{
    //: A tooltip followed by its keyboard shortcut; Chinese uses full-width brackets.
    return tr("%1 (%2)").arg(hint, shortcut);
}

} // namespace xj
