// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lifecycle/FindingDeadlines.h"

#include <QAbstractTableModel>

namespace xj {

/// The overdue findings of the overdue list, one row per `DeadlineRow` in the order
/// `FindingDeadlines::overdue` returns them (most overdue first). Read-only: the list only opens
/// findings, it never edits them here.
class OverdueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverdueModel)
public:
    enum Column {
        SiteColumn,
        UnitColumn,
        NoticeColumn,
        DeadlineColumn,
        DaysColumn,
        FindingColumn,
        ColumnCount
    };

    explicit OverdueModel(QObject *parent = nullptr);

    void setRows(const QList<DeadlineRow> &rows);
    const QList<DeadlineRow> &rows() const { return m_rows; }
    const DeadlineRow &at(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const DeadlineRow &row, int column) const;

    QList<DeadlineRow> m_rows;
};

} // namespace xj
