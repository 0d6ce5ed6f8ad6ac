// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

namespace xj {

/// The small line editor that appears on the canvas where a text label goes. Enter keeps the
/// text, Esc throws it away; neither reaches the dialog, so Enter does not save the screenshot
/// and Esc does not close the editor.
class TextLabelEditor final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextLabelEditor)
public:
    explicit TextLabelEditor(QWidget *parent = nullptr);

    /// Finishes with what has been typed so far, as when the inspector clicks elsewhere.
    void commit();

signals:
    /// Emitted once, with the text or with an empty string when the label was abandoned.
    void finished(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void finish(const QString &text);

    bool m_finished = false;
};

} // namespace xj
