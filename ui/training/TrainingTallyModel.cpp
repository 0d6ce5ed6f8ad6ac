// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/TrainingTallyModel.h"

#include "training/ProblemCategories.h"
#include "training/TallyColumns.h"

#include <QFont>

namespace xj {

TrainingTallyModel::TrainingTallyModel(const TrainingScore &score, QObject *parent)
    : QAbstractTableModel(parent)
    , m_rows(score.byCategory)
{
    m_rows.append(score.overall);
}

int TrainingTallyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TrainingTallyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrainingTallyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const TrainingTally &t = m_rows.at(index.row());
    const bool overall = index.row() == m_rows.size() - 1;
    if (role == Qt::FontRole && overall) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole && index.column() != Category)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Category:
        return overall ? tr("Overall")
                       : (t.category.isEmpty() ? tr("Uncategorised") : ProblemCategories::label(t.category));
    default:
        return TallyColumns::value(t, index.column() - Hits);
    }
}

QVariant TrainingTallyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Category:
        return tr("Category");
    default:
        return TallyColumns::header(section - Hits);
    }
}

} // namespace xj
