// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditComparisonModel.h"

#include <QFont>

namespace xj {

AuditComparisonModel::AuditComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AuditComparisonModel::setComparison(const AuditSiteComparison &comparison, const QString &leftName,
                                         const QString &rightName)
{
    beginResetModel();
    m_comparison = comparison;
    m_leftName = leftName;
    m_rightName = rightName;
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void AuditComparisonModel::clear()
{
    setComparison({}, {}, {});
}

const Finding *AuditComparisonModel::leftFinding(int row) const
{
    const int i = rowAt(row).left;
    return i >= 0 && i < m_comparison.left.size() ? &m_comparison.left.at(i) : nullptr;
}

const Finding *AuditComparisonModel::rightFinding(int row) const
{
    const int i = rowAt(row).right;
    return i >= 0 && i < m_comparison.right.size() ? &m_comparison.right.at(i) : nullptr;
}

int AuditComparisonModel::rowOf(qint64 leftFindingId, qint64 rightFindingId) const
{
    for (int r = 0; r < m_comparison.rows.size(); ++r) {
        const Finding *l = leftFinding(r);
        const Finding *rf = rightFinding(r);
        if ((leftFindingId > 0 && l && l->id == leftFindingId) ||
            (rightFindingId > 0 && rf && rf->id == rightFindingId))
            return r;
    }
    return -1;
}

QColor AuditComparisonModel::unmatchedColor()
{
    return QColor(0xff, 0xe0, 0x99); // amber, readable under black text
}

QString AuditComparisonModel::matchText(AuditSiteComparison::RowKind kind)
{
    switch (kind) {
    case AuditSiteComparison::RowKind::Matched:
        return tr("Matched");
    case AuditSiteComparison::RowKind::OnlyLeft:
        return tr("Only left");
    case AuditSiteComparison::RowKind::OnlyRight:
        return tr("Only right");
    }
    return {};
}

QString AuditComparisonModel::decisionText(const AuditReconciliation &decision)
{
    return tr("%1 — %2").arg(ReconcileDecisions.label(decision.decision), decision.reason);
}

QString AuditComparisonModel::findingText(const Finding &finding)
{
    const QString page = finding.pageTitle.isEmpty() ? finding.url : finding.pageTitle;
    return page.isEmpty() ? finding.description : tr("%1 — %2").arg(finding.description, page);
}

bool AuditComparisonModel::pending(int row) const
{
    const AuditSiteComparison::Row &r = rowAt(row);
    return r.kind != AuditSiteComparison::RowKind::Matched && !r.decision.has_value();
}

int AuditComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comparison.rows.size());
}

int AuditComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditComparisonModel::text(int row, int column) const
{
    const AuditSiteComparison::Row &r = rowAt(row);
    const Finding *left = leftFinding(row);
    const Finding *right = rightFinding(row);
    switch (column) {
    case ItemColumn:
        return left ? left->itemCode : right ? right->itemCode : QString();
    case LeftColumn:
        return left ? findingText(*left) : QString();
    case RightColumn:
        return right ? findingText(*right) : QString();
    case MatchColumn:
        return matchText(r.kind);
    case DecisionColumn:
        if (r.decision)
            return decisionText(*r.decision);
        return pending(row) ? tr("To reconcile") : QString();
    }
    return {};
}

QVariant AuditComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(index.row(), index.column());
    case Qt::BackgroundRole:
        if (rowAt(index.row()).kind != AuditSiteComparison::RowKind::Matched)
            return unmatchedColor();
        return {};
    case Qt::ForegroundRole:
        // Fixed dark text on the amber rows, so a dark theme stays readable.
        if (rowAt(index.row()).kind != AuditSiteComparison::RowKind::Matched)
            return QColor(Qt::black);
        return {};
    case Qt::FontRole:
        if (pending(index.row())) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant AuditComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ItemColumn:
        return tr("Item");
    case LeftColumn:
        return m_leftName.isEmpty() ? tr("Left finding") : tr("Left finding (%1)").arg(m_leftName);
    case RightColumn:
        return m_rightName.isEmpty() ? tr("Right finding") : tr("Right finding (%1)").arg(m_rightName);
    case MatchColumn:
        return tr("Match");
    case DecisionColumn:
        return tr("Decision");
    }
    return {};
}

} // namespace xj
