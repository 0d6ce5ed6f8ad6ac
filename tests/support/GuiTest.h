// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every test of real windows needs, in one place: finding widgets by objectName, typing
// Chinese the way an input method delivers it, and a main() that Qt WebEngine accepts. Header-only,
// so that the core-only test support library does not link widgets.

#include <QApplication>
#include <QDebug>
#include <QInputMethodEvent>
#include <QTest>
#include <QWidget>

namespace GuiTest {

/// The child of `parent` named `name`, with a warning naming it when it is missing.
template<typename T>
T *child(const QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning() << "no widget" << name;
    return found;
}

/// The visible top-level window named `name` (a dialog opened by an action, a message box), or null.
template<typename T>
T *topLevel(const char *name)
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->isVisible() && w->objectName() == QLatin1String(name))
            return qobject_cast<T *>(w);
    }
    return nullptr;
}

/// Chinese text arrives from an input method as committed strings, not as key presses.
inline void typeChinese(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

} // namespace GuiTest

/// The main() of a GUI test: Qt WebEngine needs shared OpenGL contexts before the application
/// object exists, as in the program's own main().
#define XJ_GUI_TEST_MAIN(TestClass)                                                                          \
    int main(int argc, char *argv[])                                                                         \
    {                                                                                                        \
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);                                          \
        QApplication app(argc, argv);                                                                        \
        TestClass test;                                                                                      \
        QTEST_SET_MAIN_SOURCE_PATH                                                                           \
        return QTest::qExec(&test, argc, argv);                                                              \
    }
