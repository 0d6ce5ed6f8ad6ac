// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/FindingDialog.h"

#include "model/FindingStateMachine.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace xj {

FindingDialog::FindingDialog(const Finding &finding, const ItemChoices &items, QWidget *parent)
    : QDialog(parent)
    , m_finding(finding)
    , m_item(new QComboBox(this))
    , m_url(new QLineEdit(finding.url, this))
    , m_title(new QLineEdit(finding.pageTitle, this))
    , m_description(new QPlainTextEdit(finding.description, this))
    , m_severity(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_inspector(new QLineEdit(finding.inspector, this))
    , m_foundAt(new QDateTimeEdit(
          finding.foundAt.isValid() ? finding.foundAt.toLocalTime() : QDateTime::currentDateTime(), this))
    , m_preview(new QLabel(this))
    , m_previewCaption(new QLabel(this))
{
    setObjectName(QStringLiteral("findingDialog"));
    setWindowTitle(finding.id ? tr("Edit finding") : tr("Add finding"));

    m_item->setObjectName(QStringLiteral("findingItem"));
    m_item->addItem(tr("(no checklist item)"), QString());
    for (const auto &[code, title] : items)
        m_item->addItem(code + QStringLiteral("  ") + title, code);
    m_item->setCurrentIndex(std::max(0, m_item->findData(finding.itemCode)));
    m_url->setObjectName(QStringLiteral("findingUrl"));
    m_title->setObjectName(QStringLiteral("findingTitle"));
    m_description->setObjectName(QStringLiteral("findingDescription"));
    m_description->setPlaceholderText(tr("What is wrong, where, and why it counts against the item"));
    m_severity->setObjectName(QStringLiteral("findingSeverity"));
    for (FindingSeverity s : FindingSeverities.values())
        m_severity->addItem(FindingSeverities.label(s), int(s));
    m_severity->setCurrentIndex(m_severity->findData(int(finding.severity)));
    m_state->setObjectName(QStringLiteral("findingState"));
    // A saved finding moves only along its lifecycle; a new one may start in any state.
    const QList<FindingState> states =
        finding.id ? QList<FindingState>{finding.state} + FindingStateMachine::next(finding.state)
                   : FindingStates.values();
    for (FindingState s : states)
        m_state->addItem(FindingStates.label(s), int(s));
    m_state->setCurrentIndex(m_state->findData(int(finding.state)));
    m_inspector->setObjectName(QStringLiteral("findingInspector"));
    m_foundAt->setObjectName(QStringLiteral("findingFoundAt"));
    m_foundAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_foundAt->setCalendarPopup(true);

    m_preview->setObjectName(QStringLiteral("findingPreview"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setVisible(false);
    m_previewCaption->setObjectName(QStringLiteral("findingPreviewCaption"));
    m_previewCaption->setWordWrap(true);
    m_previewCaption->setVisible(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Checklist item"), m_item);
    form->addRow(tr("Problem"), m_description);
    form->addRow(tr("Page address"), m_url);
    form->addRow(tr("Page title"), m_title);
    form->addRow(tr("Judgement"), m_severity);
    form->addRow(tr("State"), m_state);
    form->addRow(tr("Inspector"), m_inspector);
    form->addRow(tr("Found at"), m_foundAt);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("findingDialogButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FindingDialog::acceptIfComplete);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_preview);
    layout->addWidget(m_previewCaption);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());
    m_description->setFocus();
}

void FindingDialog::setPreview(const QImage &image, const QString &caption)
{
    if (!image.isNull()) {
        QPixmap pixmap = QPixmap::fromImage(image);
        pixmap.setDevicePixelRatio(devicePixelRatioF());
        const QSize box(580 * devicePixelRatioF(), 220 * devicePixelRatioF());
        m_preview->setPixmap(
            pixmap.scaled(box.boundedTo(pixmap.size()), Qt::KeepAspectRatio, Qt::SmoothTransformation));
        m_preview->setVisible(true);
    }
    m_previewCaption->setText(caption);
    m_previewCaption->setVisible(!caption.isEmpty());
    resize(width(), sizeHint().height());
}

void FindingDialog::acceptIfComplete()
{
    if (m_description->toPlainText().trimmed().isEmpty()) {
        QMessageBox::information(this, windowTitle(), tr("Please describe the problem."));
        m_description->setFocus();
        return;
    }
    accept();
}

Finding FindingDialog::finding() const
{
    Finding f = m_finding;
    f.itemCode = m_item->currentData().toString();
    f.url = m_url->text().trimmed();
    f.pageTitle = m_title->text().trimmed();
    f.description = m_description->toPlainText().trimmed();
    f.severity = FindingSeverity(m_severity->currentData().toInt());
    f.state = FindingState(m_state->currentData().toInt());
    f.inspector = m_inspector->text().trimmed();
    f.foundAt = m_foundAt->dateTime().toUTC();
    return f;
}

} // namespace xj
