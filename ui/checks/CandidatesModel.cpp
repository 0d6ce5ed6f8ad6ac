// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/CandidatesModel.h"

#include "checks/CheckCatalogue.h"

namespace xj {

CandidatesModel::CandidatesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CandidatesModel::setCandidates(const Candidates &candidates)
{
    beginResetModel();
    m_candidates = candidates;
    endResetModel();
}

void CandidatesModel::removeCandidate(int row)
{
    if (row < 0 || row >= m_candidates.size())
        return;
    beginRemoveRows({}, row, row);
    m_candidates.removeAt(row);
    endRemoveRows();
}

int CandidatesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_candidates.size());
}

int CandidatesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CandidatesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_candidates.size())
        return {};
    const Candidate &c = m_candidates.at(index.row());
    if (role == CheckIdRole)
        return c.checkId;
    if (role == Qt::ToolTipRole)
        return c.context.isEmpty() ? c.message : c.message + QStringLiteral("\n\n") + c.context;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case CheckColumn:
        return CheckCatalogue::name(c.checkId);
    case ItemColumn:
        return c.itemCode;
    case TextColumn:
        return c.text.isEmpty() ? tr("(missing)") : c.text.left(80);
    case SuggestionColumn:
        return c.suggestion.left(80);
    case MessageColumn:
        return c.message;
    case ConfidenceColumn:
        return QStringLiteral("%1%").arg(qRound(c.confidence * 100));
    default:
        return {};
    }
}

QVariant CandidatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CheckColumn:
        return tr("Check");
    case ItemColumn:
        return tr("Item");
    case TextColumn:
        return tr("On the page");
    case SuggestionColumn:
        return tr("Should be");
    case MessageColumn:
        return tr("Why");
    case ConfidenceColumn:
        return tr("Confidence");
    default:
        return {};
    }
}

} // namespace xj
