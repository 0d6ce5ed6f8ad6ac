// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditComparison.h"

#include <QDialog>

class QButtonGroup;
class QBoxLayout;
class QDialogButtonBox;
class QPlainTextEdit;
class QRadioButton;

namespace xj {

/// Asks which finding of a comparison row stands and why. A pair offers keep left / right / both /
/// neither; a finding only one side saw offers just "Keep it" or "Drop it". The reason is required
/// (OK stays disabled while it is blank); the earlier decisions about the row are listed for context.
class ReconcileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReconcileDialog)
public:
    /// `left`/`right` may be null for the side that saw nothing; `earlier` newest first.
    ReconcileDialog(AuditSiteComparison::RowKind kind, const Finding *left, const Finding *right,
                    const QString &leftName, const QString &rightName,
                    const QList<AuditReconciliation> &earlier, QWidget *parent = nullptr);

    ReconcileDecision decision() const;
    QString reason() const;

private:
    QRadioButton *addChoice(ReconcileDecision decision, const char *objectName, const QString &text);
    void updateOk();

    QButtonGroup *m_choices;
    QBoxLayout *m_choiceLayout;
    QPlainTextEdit *m_reason;
    QDialogButtonBox *m_buttons;
};

} // namespace xj
