// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Finding.h"

#include <QDialog>
#include <QImage>
#include <QList>
#include <QPair>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace xj {

/// (code, title) of the checklist items a finding can count against.
using ItemChoices = QList<QPair<QString, QString>>;

/// Adds or edits one finding; when a problem is marked on a page it also shows the screenshot.
class FindingDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingDialog)
public:
    FindingDialog(const Finding &finding, const ItemChoices &items, QWidget *parent = nullptr);

    Finding finding() const;
    /// Shows the screenshot that will be saved with the finding, with a line about it (capture
    /// mode, a notice when a full page was cut at the height limit).
    void setPreview(const QImage &image, const QString &caption);

private:
    void acceptIfComplete();

    Finding m_finding;
    QComboBox *m_item;
    QLineEdit *m_url;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QComboBox *m_severity;
    QComboBox *m_state;
    QLineEdit *m_inspector;
    QDateTimeEdit *m_foundAt;
    QLabel *m_preview;
    QLabel *m_previewCaption;
};

} // namespace xj
