// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Finding.h"

#include <QAbstractTableModel>
#include <QList>

namespace xj {

/// The findings of the current site in the current round.
class FindingsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsModel)
public:
    enum Column {
        FoundAtColumn,
        ItemColumn,
        DescriptionColumn,
        UrlColumn,
        SeverityColumn,
        StateColumn,
        InspectorColumn,
        ColumnCount
    };
    enum Role { FindingIdRole = Qt::UserRole + 1 };

    explicit FindingsModel(QObject *parent = nullptr);

    void setFindings(const QList<Finding> &findings);
    const Finding *finding(int row) const;
    int rowOf(qint64 findingId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Finding> m_findings;
};

} // namespace xj
