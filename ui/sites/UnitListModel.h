// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Unit.h"

#include <QAbstractListModel>
#include <QList>

namespace xj {

/// Host units by name, for the units dialog.
class UnitListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitListModel)
public:
    enum Role { UnitIdRole = Qt::UserRole + 1 };

    explicit UnitListModel(QObject *parent = nullptr);

    void setUnits(const QList<Unit> &units);
    const Unit *unit(int row) const;
    int rowOf(qint64 unitId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Unit> m_units;
};

} // namespace xj
