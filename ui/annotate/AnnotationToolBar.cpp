// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotate/AnnotationToolBar.h"

#include "annotate/ToolIcons.h"

#include <QActionGroup>
#include <QColorDialog>
#include <QMenu>
#include <QToolButton>
#include <QUndoStack>

namespace xj {

namespace {

struct PresetColor
{
    const char *objectName;
    const char *name; ///< QT_TRANSLATE_NOOP("xj::AnnotationToolBar", ...)
    QRgb rgb;
};

// Colours that read well on the white, grey and blue of most government sites.
const PresetColor PresetColors[] = {
    {"annotateColorRed", QT_TRANSLATE_NOOP("xj::AnnotationToolBar", "Red"), qRgb(255, 0, 0)},
    {"annotateColorBlue", QT_TRANSLATE_NOOP("xj::AnnotationToolBar", "Blue"), qRgb(0, 90, 255)},
    {"annotateColorGreen", QT_TRANSLATE_NOOP("xj::AnnotationToolBar", "Green"), qRgb(0, 160, 60)},
    {"annotateColorBlack", QT_TRANSLATE_NOOP("xj::AnnotationToolBar", "Black"), qRgb(0, 0, 0)},
    {"annotateColorWhite", QT_TRANSLATE_NOOP("xj::AnnotationToolBar", "White"), qRgb(255, 255, 255)},
};

QString nativeShortcuts(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &key : keys)
        texts.append(key.toString(QKeySequence::NativeText));
    return texts.join(QStringLiteral(", "));
}

} // namespace

AnnotationToolBar::AnnotationToolBar(QUndoStack *undoStack, QWidget *parent)
    : QToolBar(parent)
    , m_color(AnnotationTools::defaultColor())
{
    setObjectName(QStringLiteral("annotationToolBar"));
    setWindowTitle(tr("Annotation tools"));
    setMovable(false);
    setFloatable(false);
    setIconSize(QSize(20, 20));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    addToolActions();
    addSeparator();
    addColorMenu();
    addSeparator();
    addUndoActions(undoStack);
    addSeparator();
    addZoomActions();
}

QAction *AnnotationToolBar::addNamedAction(const char *objectName, const QString &text,
                                           const QString &toolTip)
{
    QAction *action = addAction(text);
    action->setObjectName(QString::fromLatin1(objectName));
    action->setToolTip(toolTip);
    return action;
}

void AnnotationToolBar::addToolActions()
{
    auto *group = new QActionGroup(this);
    group->setExclusive(true);
    for (const AnnotationTool &tool : AnnotationTools::all()) {
        QAction *action =
            addNamedAction(tool.objectName, AnnotationTools::name(tool), AnnotationTools::toolTip(tool));
        action->setIcon(ToolIcons::forKind(tool.kind));
        action->setShortcut(QKeySequence(QString::fromLatin1(tool.shortcut)));
        action->setCheckable(true);
        action->setChecked(&tool == &AnnotationTools::all().first());
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, &tool] { emit toolChosen(tool); });
    }
}

void AnnotationToolBar::addColorMenu()
{
    m_colorAction = addNamedAction("annotateColor", tr("Colour"),
                                   tr("Colour of frames, arrows and text; highlights stay yellow"));
    auto *menu = new QMenu(this);
    m_colorGroup = new QActionGroup(menu);
    for (const PresetColor &preset : PresetColors) {
        const QColor color = QColor::fromRgb(preset.rgb);
        QAction *action = menu->addAction(ToolIcons::colorSwatch(color), tr(preset.name));
        action->setObjectName(QString::fromLatin1(preset.objectName));
        action->setCheckable(true);
        action->setData(color);
        m_colorGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, color] {
            setColor(color);
            emit colorChosen(color);
        });
    }
    menu->addSeparator();
    QAction *other = menu->addAction(tr("Other colour…"));
    other->setObjectName(QStringLiteral("annotateColorOther"));
    connect(other, &QAction::triggered, this, &AnnotationToolBar::chooseOtherColor);
    m_colorAction->setMenu(menu);
    if (auto *button = qobject_cast<QToolButton *>(widgetForAction(m_colorAction)))
        button->setPopupMode(QToolButton::InstantPopup);
    setColor(m_color);
}

void AnnotationToolBar::chooseOtherColor()
{
    const QColor color = QColorDialog::getColor(m_color, this, tr("Annotation colour"));
    if (!color.isValid())
        return;
    setColor(color);
    emit colorChosen(color);
}

void AnnotationToolBar::setColor(const QColor &color)
{
    m_color = color;
    m_colorAction->setIcon(ToolIcons::colorSwatch(color));
    for (QAction *action : m_colorGroup->actions())
        action->setChecked(action->data().value<QColor>() == color);
}

void AnnotationToolBar::addUndoActions(QUndoStack *undoStack)
{
    const QList<QKeySequence> undoKeys{QKeySequence::Undo};
    QAction *undo = addNamedAction(
        "annotateUndo", tr("Undo"),
        AnnotationTools::withShortcut(tr("Take back the last annotation"), nativeShortcuts(undoKeys)));
    undo->setIcon(ToolIcons::undo());
    undo->setShortcuts(undoKeys);
    undo->setEnabled(undoStack->canUndo());
    connect(undo, &QAction::triggered, undoStack, &QUndoStack::undo);
    connect(undoStack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);

    // Ctrl+Y as well as Ctrl+Shift+Z: office programs on Windows taught many users the former.
    const QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z),
                                       QKeySequence(Qt::CTRL | Qt::Key_Y)};
    QAction *redo = addNamedAction(
        "annotateRedo", tr("Redo"),
        AnnotationTools::withShortcut(tr("Bring back the annotation taken back"), nativeShortcuts(redoKeys)));
    redo->setIcon(ToolIcons::redo());
    redo->setShortcuts(redoKeys);
    redo->setEnabled(undoStack->canRedo());
    connect(redo, &QAction::triggered, undoStack, &QUndoStack::redo);
    connect(undoStack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
}

void AnnotationToolBar::addZoomActions()
{
    const QKeySequence fitKey(Qt::CTRL | Qt::Key_0);
    QAction *fit = addNamedAction("annotateZoomFit", tr("Fit"),
                                  AnnotationTools::withShortcut(tr("Show the whole screenshot"),
                                                                fitKey.toString(QKeySequence::NativeText)));
    fit->setShortcut(fitKey);
    connect(fit, &QAction::triggered, this, &AnnotationToolBar::zoomToFitRequested);

    const QKeySequence actualKey(Qt::CTRL | Qt::Key_1);
    QAction *actual =
        addNamedAction("annotateZoomActual", tr("100%"),
                       AnnotationTools::withShortcut(tr("Show the screenshot at its real size"),
                                                     actualKey.toString(QKeySequence::NativeText)));
    actual->setShortcut(actualKey);
    connect(actual, &QAction::triggered, this, &AnnotationToolBar::actualSizeRequested);
}

} // namespace xj
