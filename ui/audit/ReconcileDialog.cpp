// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/ReconcileDialog.h"

#include "audit/AuditComparisonModel.h"
#include "audit/AuditHistoryModel.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace xj {

namespace {

QLabel *findingLabel(const Finding *finding, QWidget *parent)
{
    auto *label = new QLabel(finding ? AuditComparisonModel::findingText(*finding)
                                     : ReconcileDialog::tr("(nothing found here)"),
                             parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ReconcileDialog::ReconcileDialog(AuditSiteComparison::RowKind kind, const Finding *left, const Finding *right,
                                 const QString &leftName, const QString &rightName,
                                 const QList<AuditReconciliation> &earlier, QWidget *parent)
    : QDialog(parent)
    , m_choices(new QButtonGroup(this))
    , m_reason(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("reconcileDialog"));
    setWindowTitle(tr("Reconcile findings"));

    auto *layout = new QVBoxLayout(this);
    auto *findings = new QFormLayout;
    findings->addRow(tr("Left (%1):").arg(leftName), findingLabel(left, this));
    findings->addRow(tr("Right (%1):").arg(rightName), findingLabel(right, this));
    layout->addLayout(findings);

    auto *box = new QGroupBox(tr("Decision"), this);
    m_choiceLayout = new QVBoxLayout(box);
    using Kind = AuditSiteComparison::RowKind;
    if (kind == Kind::Matched) {
        addChoice(ReconcileDecision::KeepLeft, "keepLeft", tr("Keep the left one (%1)").arg(leftName));
        addChoice(ReconcileDecision::KeepRight, "keepRight", tr("Keep the right one (%1)").arg(rightName));
        addChoice(ReconcileDecision::KeepBoth, "keepBoth", tr("Keep both: they are different problems"));
        addChoice(ReconcileDecision::KeepNeither, "keepNeither", tr("Keep neither: not a problem"));
    } else {
        // One finding only: keeping "both" or "the other one" means nothing here.
        const bool onLeft = kind == Kind::OnlyLeft;
        addChoice(onLeft ? ReconcileDecision::KeepLeft : ReconcileDecision::KeepRight,
                  onLeft ? "keepLeft" : "keepRight", tr("Keep it"));
        addChoice(ReconcileDecision::KeepNeither, "keepNeither", tr("Drop it: not a problem"));
    }
    layout->addWidget(box);
    if (!earlier.isEmpty()) {
        // The decision in force is the newest: start from it.
        if (QAbstractButton *current = m_choices->button(int(earlier.first().decision)))
            current->setChecked(true);
    }

    layout->addWidget(new QLabel(tr("Reason (required):"), this));
    m_reason->setObjectName(QStringLiteral("reconcileReason"));
    m_reason->setPlaceholderText(tr("Why this finding stands or goes, for the record"));
    m_reason->setTabChangesFocus(true);
    layout->addWidget(m_reason);

    if (!earlier.isEmpty()) {
        layout->addWidget(new QLabel(tr("Earlier decisions about these findings:"), this));
        auto *list = new QListWidget(this);
        list->setObjectName(QStringLiteral("earlierDecisions"));
        for (const AuditReconciliation &d : earlier) {
            const QString actor = d.actor.isEmpty() ? QString() : tr(" (%1)").arg(d.actor);
            list->addItem(tr("%1  %2 — %3%4")
                              .arg(AuditHistoryModel::timeText(d.decidedAt),
                                   ReconcileDecisions.label(d.decision), d.reason, actor));
        }
        list->setMaximumHeight(100);
        layout->addWidget(list);
    }

    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ReconcileDialog::updateOk);
    connect(m_choices, &QButtonGroup::idToggled, this, &ReconcileDialog::updateOk);
    updateOk();
    resize(520, sizeHint().height());
}

QRadioButton *ReconcileDialog::addChoice(ReconcileDecision decision, const char *objectName,
                                         const QString &text)
{
    auto *radio = new QRadioButton(text, this);
    radio->setObjectName(QString::fromLatin1(objectName));
    m_choices->addButton(radio, int(decision));
    m_choiceLayout->addWidget(radio);
    return radio;
}

void ReconcileDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_choices->checkedId() >= 0 && !reason().isEmpty());
}

ReconcileDecision ReconcileDialog::decision() const
{
    return ReconcileDecision(m_choices->checkedId());
}

QString ReconcileDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

} // namespace xj
