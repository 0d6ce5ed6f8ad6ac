// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotate/TextLabelEditor.h"

#include <QKeyEvent>

namespace xj {

TextLabelEditor::TextLabelEditor(QWidget *parent)
    : QLineEdit(parent)
{
    setObjectName(QStringLiteral("annotationTextEditor"));
    setPlaceholderText(tr("Type the note, then press Enter"));
}

void TextLabelEditor::commit()
{
    finish(text().trimmed());
}

void TextLabelEditor::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        commit();
        event->accept();
        return;
    case Qt::Key_Escape:
        finish({});
        event->accept();
        return;
    default:
        QLineEdit::keyPressEvent(event);
    }
}

void TextLabelEditor::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    // Clicking elsewhere keeps what was typed, as in other drawing programs. A popup (the input
    // method's candidate list, the context menu) takes focus only for a moment.
    if (event->reason() != Qt::PopupFocusReason)
        commit();
}

void TextLabelEditor::finish(const QString &text)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(text);
}

} // namespace xj
