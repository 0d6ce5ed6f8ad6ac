// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/TrainingOutcomeModel.h"

#include "training/ProblemCategories.h"

#include <QColor>

namespace xj {

TrainingOutcomeModel::TrainingOutcomeModel(QList<TrainingOutcome> outcomes, QObject *parent)
    : QAbstractTableModel(parent)
    , m_outcomes(std::move(outcomes))
{}

int TrainingOutcomeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_outcomes.size());
}

int TrainingOutcomeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrainingOutcomeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const TrainingOutcome &o = m_outcomes.at(index.row());
    if (role == Qt::BackgroundRole && index.column() == Result) {
        switch (o.kind) {
        case TrainingOutcomeKind::Hit:
            return QColor(0xd8, 0xf0, 0xd8);
        case TrainingOutcomeKind::Miss:
            return QColor(0xf8, 0xd8, 0xd8);
        case TrainingOutcomeKind::FalseAlarm:
            return QColor(0xfc, 0xe8, 0xc8);
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Result:
        return TrainingOutcomeKinds.label(o.kind);
    case Category:
        return ProblemCategories::label(o.category);
    case Item:
        return o.itemCode;
    case Page:
        return o.page;
    case Text:
        return o.text;
    case Description:
        return o.description;
    default:
        return {};
    }
}

QVariant TrainingOutcomeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Result:
        return tr("Result");
    case Category:
        return tr("Category");
    case Item:
        return tr("Item");
    case Page:
        return tr("Page");
    case Text:
        return tr("Text on the page");
    case Description:
        return tr("Problem");
    default:
        return {};
    }
}

} // namespace xj
