// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/ElementPicker.h"

#include "capture/CaptureLogging.h"

#include <QKeyEvent>
#include <QTimer>
#include <QWebEngineView>

namespace xj {

PickedElement PickedElement::fromVariant(const QVariantMap &map)
{
    PickedElement element;
    element.selector = map.value(QStringLiteral("selector")).toString();
    element.unique = map.value(QStringLiteral("unique")).toBool();
    element.text = map.value(QStringLiteral("text")).toString();
    element.box =
        QRectF(map.value(QStringLiteral("x")).toReal(), map.value(QStringLiteral("y")).toReal(),
               map.value(QStringLiteral("width")).toReal(), map.value(QStringLiteral("height")).toReal());
    return element;
}

ElementPicker::ElementPicker(QWebEngineView *view, QObject *parent)
    : QObject(parent)
    , m_script(view, this)
{}

ElementPicker::~ElementPicker()
{
    stopPage();
}

void ElementPicker::start()
{
    QWebEngineView *view = m_script.view();
    if (!view)
        return;
    // Esc reaches the page only when it has the keyboard focus; watch it here as well.
    m_renderWidget = PageScript::renderWidget(view);
    m_renderWidget->installEventFilter(this);
    m_renderWidget->setFocus(Qt::OtherFocusReason);
    m_pageActive = true;
    m_script.call(QStringLiteral("startPick()"), [this](const QVariant &started) {
        if (!m_pageActive)
            return;
        if (!started.toBool()) {
            m_pageActive = false;
            emit failed(tr("Elements cannot be picked on this page. Capture a region instead."));
            return;
        }
        m_picking = true;
        QTimer::singleShot(PollMs, this, &ElementPicker::poll);
    });
}

void ElementPicker::poll()
{
    if (!m_picking)
        return;
    m_script.call(QStringLiteral("pickState()"), [this](const QVariant &value) {
        if (!m_picking)
            return;
        const QVariantMap state = value.toMap();
        const QString name = state.value(QStringLiteral("state")).toString();
        if (name == QLatin1String("picking")) {
            QTimer::singleShot(PollMs, this, &ElementPicker::poll);
            return;
        }
        // capture.js has removed its outline and listeners by itself.
        m_picking = false;
        m_pageActive = false;
        if (name == QLatin1String("picked")) {
            const PickedElement element =
                PickedElement::fromVariant(state.value(QStringLiteral("element")).toMap());
            if (!element.unique)
                qCWarning(lcCapture) << "no unique selector for the picked element, using"
                                     << element.selector;
            emit picked(element);
        } else if (name == QLatin1String("canceled")) {
            emit canceled();
        } else {
            // A new document has no picking state: the page navigated or reloaded.
            emit failed(tr("The page changed while you were picking an element. Pick the element again."));
        }
    });
}

bool ElementPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (m_picking && watched == m_renderWidget && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        stopPage();
        emit canceled();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void ElementPicker::stopPage()
{
    if (m_renderWidget)
        m_renderWidget->removeEventFilter(this);
    m_picking = false;
    if (!m_pageActive)
        return;
    m_pageActive = false;
    m_script.call(QStringLiteral("cancelPick()"), [](const QVariant &) {});
}

} // namespace xj
