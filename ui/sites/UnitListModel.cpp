// SPDX-License-Identifier: GPL-3.0-or-later
#include "sites/UnitListModel.h"

namespace xj {

UnitListModel::UnitListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void UnitListModel::setUnits(const QList<Unit> &units)
{
    beginResetModel();
    m_units = units;
    endResetModel();
}

const Unit *UnitListModel::unit(int row) const
{
    return row >= 0 && row < m_units.size() ? &m_units.at(row) : nullptr;
}

int UnitListModel::rowOf(qint64 unitId) const
{
    for (int i = 0; i < m_units.size(); ++i) {
        if (m_units.at(i).id == unitId)
            return i;
    }
    return -1;
}

int UnitListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_units.size());
}

QVariant UnitListModel::data(const QModelIndex &index, int role) const
{
    const Unit *u = index.isValid() ? unit(index.row()) : nullptr;
    if (!u)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return u->name;
    case Qt::ToolTipRole:
        return u->contactPerson.isEmpty() ? QString() : u->contactPerson + QLatin1Char(' ') + u->contactPhone;
    case UnitIdRole:
        return u->id;
    }
    return {};
}

} // namespace xj
