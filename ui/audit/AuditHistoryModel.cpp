// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditHistoryModel.h"

#include <QLocale>

namespace xj {

AuditHistoryModel::AuditHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AuditHistoryModel::setHistory(const QList<AuditReconciliation> &decisions, Describe describe)
{
    beginResetModel();
    m_decisions = decisions;
    m_describe = std::move(describe);
    endResetModel();
}

QString AuditHistoryModel::timeText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

int AuditHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_decisions.size());
}

int AuditHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditHistoryModel::text(int row, int column) const
{
    const AuditReconciliation &d = m_decisions.at(row);
    switch (column) {
    case TimeColumn:
        return timeText(d.decidedAt);
    case DecisionColumn:
        return ReconcileDecisions.label(d.decision);
    case ReasonColumn:
        return d.reason;
    case ActorColumn:
        return d.actor;
    case FindingsColumn:
        if (!m_describe)
            return {};
        return QStringLiteral("%1\n%2").arg(m_describe(d.leftImportId, d.leftFindingId),
                                            m_describe(d.rightImportId, d.rightFindingId));
    }
    return {};
}

QVariant AuditHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return text(index.row(), index.column());
    return {};
}

QVariant AuditHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case DecisionColumn:
        return tr("Decision");
    case ReasonColumn:
        return tr("Reason");
    case ActorColumn:
        return tr("Decided by");
    case FindingsColumn:
        return tr("Findings");
    }
    return {};
}

} // namespace xj
