// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/ChecklistPanel.h"

#include "checklist/ChecklistModel.h"
#include "checklist/ScoreCalculator.h"
#include "checklist/VerdictEditor.h"
#include "common/ErrorDialog.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace xj {

ChecklistPanel::ChecklistPanel(const Database &database, QWidget *parent)
    : QWidget(parent)
    , m_db(database)
    , m_model(new ChecklistModel(this))
    , m_view(new QTreeView(this))
    , m_editor(new VerdictEditor(this))
    , m_score(new QLabel(this))
    , m_explanation(new QLabel(this))
{
    setObjectName(QStringLiteral("checklistPanel"));
    m_score->setObjectName(QStringLiteral("scoreLabel"));
    QFont big = m_score->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_score->setFont(big);
    m_explanation->setObjectName(QStringLiteral("scoreExplanation"));
    m_explanation->setWordWrap(true);
    QFont small = m_explanation->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_explanation->setFont(small);

    m_view->setObjectName(QStringLiteral("checklistView"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ChecklistModel::ItemColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(ChecklistModel::VerdictColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ChecklistModel::PointsColumn, QHeaderView::ResizeToContents);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("checklistSplitter"));
    split->addWidget(m_view);
    split->addWidget(m_editor);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setCollapsible(1, false);
    m_editor->setMinimumHeight(m_editor->sizeHint().height());
    split->setSizes({380, 240});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_score);
    layout->addWidget(m_explanation);
    layout->addWidget(split, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ChecklistPanel::showCurrentItem);
    connect(m_editor, &VerdictEditor::edited, this, &ChecklistPanel::applyEdit);
    updateScore();
}

void ChecklistPanel::setContext(qint64 roundId, const Site *site)
{
    m_editor->commitPendingNote();
    const QString keepItem = currentItemCode();
    m_inspection.reset();
    m_explanation->clear();
    if (roundId > 0 && site) {
        auto loaded = SiteInspection::load(m_db, roundId, *site);
        if (loaded)
            m_inspection = std::move(loaded).value();
        else
            m_explanation->setText(loaded.error().message);
    }
    if (m_inspection)
        m_model->setChecklist(m_inspection->checklist(), m_inspection->verdicts().values());
    else
        m_model->clear();
    m_view->expandAll();
    updateScore();
    if (!keepItem.isEmpty())
        selectItem(keepItem);
    showCurrentItem();
}

void ChecklistPanel::commitPendingEdits()
{
    m_editor->commitPendingNote();
}

QString ChecklistPanel::currentItemCode() const
{
    return m_view->currentIndex().data(ChecklistModel::ItemCodeRole).toString();
}

void ChecklistPanel::selectItem(const QString &itemCode)
{
    const QModelIndex index = m_model->indexOf(itemCode);
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void ChecklistPanel::moveSelection(int step)
{
    const QList<ChecklistItem> &items = m_model->checklist().items;
    if (items.isEmpty())
        return;
    const QString current = currentItemCode();
    qsizetype at = -1;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i).code == current)
            at = i;
    }
    const qsizetype target =
        at < 0 ? (step > 0 ? 0 : items.size() - 1) : std::clamp<qsizetype>(at + step, 0, items.size() - 1);
    selectItem(items.at(target).code);
}

ItemChoices ChecklistPanel::itemChoices() const
{
    ItemChoices choices;
    for (const ChecklistItem &item : m_model->checklist().items)
        choices.append({item.code, item.title});
    return choices;
}

QHash<QString, FindingSeverity> ChecklistPanel::severityByItem() const
{
    QHash<QString, FindingSeverity> severities;
    for (const ChecklistItem &item : m_model->checklist().items) {
        severities.insert(item.code, item.kind == ItemKind::Veto        ? FindingSeverity::Veto
                                     : item.kind == ItemKind::Deduction ? FindingSeverity::Deduction
                                                                        : FindingSeverity::Hint);
    }
    return severities;
}

void ChecklistPanel::showCurrentItem()
{
    const ChecklistItem *item = m_model->item(m_view->currentIndex());
    m_editor->showItem(item, item ? m_model->verdict(item->code) : nullptr);
    emit currentItemChanged(item ? item->code : QString());
}

void ChecklistPanel::applyEdit(const VerdictInput &input)
{
    if (!m_inspection)
        return;
    Status saved;
    if (input.value) {
        Verdict v;
        v.itemCode = input.itemCode;
        v.value = *input.value;
        v.points = input.points;
        v.note = input.note;
        v.inspector = m_inspector;
        saved = m_inspection->record(m_db, v);
    } else {
        saved = m_inspection->clear(m_db, input.itemCode);
    }
    if (!saved) {
        showError(this, tr("Save verdict"), saved.error());
        showCurrentItem(); // back to what is stored
        return;
    }
    if (const auto it = m_inspection->verdicts().constFind(input.itemCode);
        it != m_inspection->verdicts().cend())
        m_model->setVerdict(*it);
    else
        m_model->clearVerdict(input.itemCode);
    updateScore();
    emit verdictSaved(input.itemCode);
}

void ChecklistPanel::updateScore()
{
    if (!m_inspection) {
        m_score->setText(tr("No checklist"));
        if (m_explanation->text().isEmpty())
            m_explanation->setText(tr("Choose a site and an inspection round."));
        return;
    }
    const ScoreResult result = m_inspection->score();
    QString text = ScoreOutcomes.label(result.outcome);
    if (result.total)
        text = tr("%1 points · %2").arg(ScoreCalculator::formatPoints(*result.total), text);
    const char *colour = result.outcome == ScoreOutcome::Fail   ? "#c62828"
                         : result.outcome == ScoreOutcome::Pass ? "#2e7d32"
                                                                : "#5d4037";
    m_score->setStyleSheet(QStringLiteral("color: %1").arg(QLatin1String(colour)));
    m_score->setText(text);
    m_explanation->setText(result.explanation);
}

} // namespace xj
