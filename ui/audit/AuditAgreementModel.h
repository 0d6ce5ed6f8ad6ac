// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditStatistics.h"

#include <QAbstractTableModel>

namespace xj {

/// Agreement rows of a peer-audit round (AuditStatistics::perTeam or perItem): the two sides or the
/// checklist item, the sites and verdict pairs compared, percent agreement, Cohen's kappa and the
/// findings both or only one side saw. The figures use AuditStatisticsBuilder's wording so the
/// dialog and the workbook read the same.
class AuditAgreementModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditAgreementModel)
public:
    enum Column {
        PairColumn,
        ItemColumn,
        SitesColumn,
        VerdictPairsColumn,
        AgreementColumn,
        KappaColumn,
        MatchedColumn,
        OnlyLeftColumn,
        OnlyRightColumn,
        ColumnCount
    };

    explicit AuditAgreementModel(QObject *parent = nullptr);

    void setRows(const QList<AuditStatistics::Row> &rows);
    const QList<AuditStatistics::Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditStatistics::Row> m_rows;
};

} // namespace xj
