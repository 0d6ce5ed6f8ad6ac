// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/ScanColumnsModel.h"

#include <QBrush>
#include <QColor>

namespace xj {

ScanColumnsModel::ScanColumnsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ScanColumnsModel::setColumns(const QList<ColumnSummary> &columns)
{
    beginResetModel();
    m_columns = columns;
    endResetModel();
}

int ScanColumnsModel::rowOfName(const QString &name) const
{
    for (int r = 0; r < m_columns.size(); ++r) {
        if (m_columns.at(r).name == name)
            return r;
    }
    return -1;
}

int ScanColumnsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

int ScanColumnsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScanColumnsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_columns.size())
        return {};
    const ColumnSummary &c = m_columns.at(index.row());
    if (role == ClassKeyRole || (role == Qt::EditRole && index.column() == ClassColumn))
        return columnClassKey(c.cls);
    if (role == Qt::ForegroundRole && index.column() == VerdictColumn && (c.blank || c.stale))
        return QBrush(QColor(0xc6, 0x28, 0x28));
    if (role == Qt::ToolTipRole) {
        if (index.column() == ClassColumn)
            return c.classFromInspector
                       ? tr("Set by an inspector; remembered for this site.")
                       : tr("Guessed from the column name; choose another class to correct it.");
        if (index.column() == NewestColumn && !c.newestTitle.isEmpty())
            return QString(c.newestTitle + QLatin1Char('\n') + c.newestUrl);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return c.name;
    case UrlColumn:
        return c.url;
    case NewestColumn:
        return c.newest.isValid() ? c.newest.toString(Qt::ISODate) : QString();
    case ItemsColumn:
        return c.itemCount;
    case ClassColumn:
        return c.classFromInspector ? columnClassLabel(c.cls)
                                    : tr("%1 (guessed)").arg(columnClassLabel(c.cls));
    case VerdictColumn:
        if (c.blank)
            return tr("Blank");
        if (c.stale)
            return tr("Not updated since %1").arg(c.windowStart.toString(Qt::ISODate));
        return c.windowStart.isValid() ? tr("Updated") : tr("Not judged");
    }
    return {};
}

QVariant ScanColumnsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Column");
    case UrlColumn:
        return tr("Address");
    case NewestColumn:
        return tr("Newest item");
    case ItemsColumn:
        return tr("Items");
    case ClassColumn:
        return tr("Update class");
    case VerdictColumn:
        return tr("Judgement");
    }
    return {};
}

Qt::ItemFlags ScanColumnsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ClassColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ScanColumnsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != ClassColumn || role != Qt::EditRole)
        return false;
    const auto cls = columnClassFromKey(value.toString());
    if (!cls)
        return false;
    const ColumnSummary &c = m_columns.at(index.row());
    if (*cls == c.cls && c.classFromInspector)
        return false;
    emit classChosen(c, *cls);
    return true;
}

} // namespace xj
