// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every test of real windows needs, in one place: finding widgets by objectName, typing
// Chinese the way an input method delivers it, and a main() that Qt WebEngine accepts. Header-only,
// so that the core-only test support library does not link widgets.

#include <QApplication>
#include <QDebug>
#include <QElapsedTimer>
#include <QInputMethodEvent>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

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

/// Runs `step` once on the modal dialog named `name` as soon as it is open (a dialog's exec() does
/// not return to the test until the dialog is answered). Gives up after `timeoutMs`.
inline void whenModal(const char *name, std::function<void(QWidget *)> step, int timeoutMs = 20000)
{
    auto *poll = new QTimer;
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    const QString wanted = QString::fromLatin1(name);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, started, wanted, step, timeoutMs] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && modal->objectName() == wanted) {
            poll->deleteLater();
            poll->stop();
            step(modal);
        } else if (started->elapsed() > timeoutMs) {
            qWarning() << "no modal dialog" << wanted;
            poll->stop();
            poll->deleteLater();
        }
    });
    poll->start(50);
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
