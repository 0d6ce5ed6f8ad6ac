// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scan/columns/ColumnAggregator.h"

#include <QAbstractTableModel>

namespace xj {

/// The columns (栏目) a scan found, with what decides their judgement: newest date, item count
/// and the update class. The class is the one editable cell; choosing another one does not
/// change the row here but asks (classChosen) for the change to be remembered and the scan to
/// be judged again, after which the model is loaded anew.
class ScanColumnsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanColumnsModel)
public:
    enum Column { NameColumn, UrlColumn, NewestColumn, ItemsColumn, ClassColumn, VerdictColumn, ColumnCount };
    /// The class's stored key ("news", "static", …) on ClassColumn.
    static constexpr int ClassKeyRole = Qt::UserRole + 1;

    explicit ScanColumnsModel(QObject *parent = nullptr);

    void setColumns(const QList<ColumnSummary> &columns);
    const QList<ColumnSummary> &columns() const { return m_columns; }
    int rowOfName(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// ClassColumn with a class key: emits classChosen when the class differs.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void classChosen(const xj::ColumnSummary &column, xj::ColumnClass cls);

private:
    QList<ColumnSummary> m_columns;
};

} // namespace xj
