// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/PageScript.h"

#include <QObject>
#include <QPointer>
#include <QRectF>
#include <QVariantMap>

namespace xj {

/// An element the inspector pointed at, as the page described it when it was clicked.
struct PickedElement
{
    QString selector; ///< matches exactly this element (see `unique`)
    bool unique = false;
    QString text; ///< visible text, trimmed, at most 500 characters
    QRectF box;   ///< CSS pixels of the document

    /// From capture.js's describe(): {selector, unique, text, x, y, width, height}.
    static PickedElement fromVariant(const QVariantMap &map);
};

/// Lets the inspector point at an element of the page: capture.js outlines the element under the
/// pointer and swallows the click (the page neither follows links nor sees it), and this object
/// polls for the outcome, since the page object belongs to the browser pane and cannot report
/// console messages to us. Esc cancels, on either side.
class ElementPicker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElementPicker)
public:
    static constexpr int PollMs = 60;

    explicit ElementPicker(QWebEngineView *view, QObject *parent = nullptr);
    ~ElementPicker() override;

    void start();

signals:
    void picked(const xj::PickedElement &element);
    void canceled();
    void failed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void poll();
    void stopPage();

    PageScript m_script;
    QPointer<QWidget> m_renderWidget;
    bool m_picking = false;    ///< polling for the outcome
    bool m_pageActive = false; ///< the page may still be in picking mode
};

} // namespace xj
