// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/ImportPlan.h"

#include <QAbstractTableModel>

namespace xj {

/// The rows of a registry file as they would be imported, with the problems of each row.
class ImportPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewModel)
public:
    enum Column { RowColumn, NameColumn, KindColumn, UnitColumn, AddressColumn, ProblemColumn, ColumnCount };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setPlan(const ImportPlan &plan);
    const ImportPlan &plan() const { return m_plan; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ImportPlan m_plan;
};

} // namespace xj
