// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditAgreementModel.h"

namespace xj {

AuditAgreementModel::AuditAgreementModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AuditAgreementModel::setRows(const QList<AuditStatistics::Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int AuditAgreementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditAgreementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditAgreementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditStatistics::Row &r = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() >= SitesColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::ToolTipRole && index.column() == KappaColumn)
        return tr("Cohen's kappa: agreement corrected for chance (1 full, 0 no better than chance). "
                  "Observed %1, expected by chance %2.")
            .arg(AuditStatisticsBuilder::percentText(r.agreement.observed),
                 AuditStatisticsBuilder::percentText(r.agreement.expected));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case PairColumn:
        return r.rightTeam.isEmpty() ? r.leftTeam : tr("%1 vs %2").arg(r.leftTeam, r.rightTeam);
    case ItemColumn:
        return r.itemTitle.isEmpty() ? r.itemCode : QStringLiteral("%1 %2").arg(r.itemCode, r.itemTitle);
    case SitesColumn:
        return r.sites;
    case VerdictPairsColumn:
        return r.agreement.pairs;
    case AgreementColumn:
        return r.agreement.pairs > 0 ? AuditStatisticsBuilder::percentText(r.agreement.observed)
                                     : QStringLiteral("—");
    case KappaColumn:
        return AuditStatisticsBuilder::kappaText(r.agreement);
    case MatchedColumn:
        return r.matchedFindings;
    case OnlyLeftColumn:
        return r.onlyLeft;
    case OnlyRightColumn:
        return r.onlyRight;
    default:
        return {};
    }
}

QVariant AuditAgreementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PairColumn:
        return tr("Sides");
    case ItemColumn:
        return tr("Item");
    case SitesColumn:
        return tr("Sites");
    case VerdictPairsColumn:
        return tr("Verdict pairs");
    case AgreementColumn:
        return tr("Agreement");
    case KappaColumn:
        return tr("Kappa");
    case MatchedColumn:
        return tr("Both found");
    case OnlyLeftColumn:
        return tr("Only the first found");
    case OnlyRightColumn:
        return tr("Only the second found");
    default:
        return {};
    }
}

} // namespace xj
