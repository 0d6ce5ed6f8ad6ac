// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditStatistics.h"

#include <QAbstractTableModel>

namespace xj {

/// The findings of a peer-audit round that only one side saw (AuditStatistics::unmatched): the
/// site, who saw it and who did not, the item, the page and the description.
class AuditUnmatchedModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditUnmatchedModel)
public:
    enum Column {
        SiteColumn,
        SeenByColumn,
        MissedByColumn,
        ItemColumn,
        UrlColumn,
        DescriptionColumn,
        ColumnCount
    };

    explicit AuditUnmatchedModel(QObject *parent = nullptr);

    void setRows(const QList<AuditStatistics::Unmatched> &rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditStatistics::Unmatched> m_rows;
};

} // namespace xj
