// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/VerdictEditor.h"

#include <QButtonGroup>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace xj {

namespace {
constexpr int NoteSaveDelayMs = 800;
constexpr int UnsetId = -1;
} // namespace

VerdictEditor::VerdictEditor(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new QTextBrowser(this))
    , m_unverified(new QLabel(this))
    , m_buttons(new QButtonGroup(this))
    , m_pass(new QRadioButton(VerdictValues.label(VerdictValue::Pass), this))
    , m_fail(new QRadioButton(VerdictValues.label(VerdictValue::Fail), this))
    , m_na(new QRadioButton(VerdictValues.label(VerdictValue::NotApplicable), this))
    , m_unset(new QRadioButton(tr("Not judged"), this))
    , m_points(new QDoubleSpinBox(this))
    , m_pointsLabel(new QLabel(tr("Points lost"), this))
    , m_note(new QPlainTextEdit(this))
    , m_noteTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("verdictEditor"));
    m_title->setObjectName(QStringLiteral("itemTitle"));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_text->setObjectName(QStringLiteral("itemText"));
    // Rule texts run to several sentences; they scroll inside a few lines instead of pushing the
    // verdict controls out of sight.
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->setMaximumHeight(m_text->fontMetrics().lineSpacing() * 4 + 8);
    m_text->viewport()->setAutoFillBackground(false);
    m_unverified->setObjectName(QStringLiteral("itemUnverified"));
    m_unverified->setWordWrap(true);
    m_unverified->setStyleSheet(QStringLiteral("color: #b71c1c"));
    m_unverified->setText(tr("Unverified item (reference tag [R]): confirm against the official document."));

    m_pass->setObjectName(QStringLiteral("verdictPass"));
    m_fail->setObjectName(QStringLiteral("verdictFail"));
    m_na->setObjectName(QStringLiteral("verdictNotApplicable"));
    m_unset->setObjectName(QStringLiteral("verdictUnset"));
    m_buttons->addButton(m_pass, int(VerdictValue::Pass));
    m_buttons->addButton(m_fail, int(VerdictValue::Fail));
    m_buttons->addButton(m_na, int(VerdictValue::NotApplicable));
    m_buttons->addButton(m_unset, UnsetId);
    m_points->setObjectName(QStringLiteral("verdictPoints"));
    m_points->setDecimals(1);
    m_points->setSingleStep(0.5);
    m_note->setObjectName(QStringLiteral("verdictNote"));
    m_note->setMinimumHeight(m_note->fontMetrics().lineSpacing() * 3);
    m_noteTimer->setSingleShot(true);
    m_noteTimer->setInterval(NoteSaveDelayMs);

    auto *choices = new QHBoxLayout;
    for (QRadioButton *b : {m_pass, m_fail, m_na, m_unset})
        choices->addWidget(b);
    choices->addStretch();
    auto *points = new QHBoxLayout;
    points->addWidget(m_pointsLabel);
    points->addWidget(m_points);
    points->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addWidget(m_unverified);
    layout->addLayout(choices);
    layout->addLayout(points);
    layout->addWidget(m_note);

    connect(m_buttons, &QButtonGroup::idClicked, this, [this] {
        updatePointsState();
        emitEdited();
    });
    connect(m_points, &QDoubleSpinBox::valueChanged, this, &VerdictEditor::emitEdited);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_noteTimer->start();
    });
    connect(m_noteTimer, &QTimer::timeout, this, &VerdictEditor::emitEdited);
    showItem(nullptr, nullptr);
}

void VerdictEditor::showItem(const ChecklistItem *item, const Verdict *verdict)
{
    commitPendingNote();
    m_loading = true;
    m_itemCode = item ? item->code : QString();
    m_kind = item ? item->kind : ItemKind::Veto;
    setEnabled(item != nullptr);
    m_title->setText(item ? item->code + QStringLiteral("  ") + item->title
                          : tr("Choose a checklist item above."));
    m_text->setPlainText(item ? item->text : QString());
    m_text->setVisible(item && !item->text.isEmpty());
    m_unverified->setVisible(item && item->unverified());
    m_pointsLabel->setText(m_kind == ItemKind::Bonus ? tr("Points earned") : tr("Points lost"));
    m_points->setRange(0, item ? item->points : 0);
    m_points->setSuffix(item ? tr(" of %1").arg(item->points) : QString());
    m_points->setValue(verdict ? verdict->points : 0);
    m_buttons->button(verdict ? int(verdict->value) : UnsetId)->setChecked(true);
    m_note->setPlainText(verdict ? verdict->note : QString());
    updatePointsState();
    m_loading = false;
}

void VerdictEditor::commitPendingNote()
{
    if (m_noteTimer->isActive()) {
        m_noteTimer->stop();
        emitEdited();
    }
}

std::optional<VerdictValue> VerdictEditor::selectedValue() const
{
    const int id = m_buttons->checkedId();
    return id == UnsetId || id < 0 ? std::nullopt : std::optional<VerdictValue>(VerdictValue(id));
}

void VerdictEditor::updatePointsState()
{
    const auto value = selectedValue();
    const bool counts = value && verdictCarriesPoints(m_kind, *value);
    m_points->setVisible(m_kind != ItemKind::Veto);
    m_pointsLabel->setVisible(m_kind != ItemKind::Veto);
    m_points->setEnabled(counts);
    // A note belongs to a verdict; without one there is nothing to attach it to, and a note typed
    // into nothing would be lost.
    m_note->setEnabled(value.has_value());
    m_note->setPlaceholderText(value ? tr("Note: what was checked, where, what was found")
                                     : tr("Choose a verdict first, then add a note"));
}

void VerdictEditor::emitEdited()
{
    if (m_loading || m_itemCode.isEmpty())
        return;
    m_noteTimer->stop();
    VerdictInput input;
    input.itemCode = m_itemCode;
    input.value = selectedValue();
    input.points = m_points->isEnabled() ? m_points->value() : 0;
    input.note = m_note->toPlainText();
    emit edited(input);
}

} // namespace xj
