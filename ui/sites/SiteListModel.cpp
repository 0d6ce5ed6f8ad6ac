// SPDX-License-Identifier: GPL-3.0-or-later
#include "sites/SiteListModel.h"

namespace xj {

SiteListModel::SiteListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SiteListModel::setSites(const QList<Site> &sites, const QList<Unit> &units)
{
    beginResetModel();
    m_sites = sites;
    m_unitNames.clear();
    for (const Unit &u : units)
        m_unitNames.insert(u.id, u.name);
    endResetModel();
}

const Site *SiteListModel::site(int row) const
{
    return row >= 0 && row < m_sites.size() ? &m_sites.at(row) : nullptr;
}

const Site *SiteListModel::siteById(qint64 id) const
{
    return site(rowOf(id));
}

int SiteListModel::rowOf(qint64 siteId) const
{
    for (int i = 0; i < m_sites.size(); ++i) {
        if (m_sites.at(i).id == siteId)
            return i;
    }
    return -1;
}

QString SiteListModel::unitName(qint64 unitId) const
{
    return m_unitNames.value(unitId);
}

int SiteListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sites.size());
}

int SiteListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SiteListModel::data(const QModelIndex &index, int role) const
{
    const Site *s = index.isValid() ? site(index.row()) : nullptr;
    if (!s)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return s->name;
        case KindColumn:
            return s->kind == SiteKind::NewMedia
                       ? s->platform
                       : (s->portal ? tr("Portal") : SiteKinds.label(SiteKind::Website));
        case UnitColumn:
            return unitName(s->unitId);
        case StatusColumn:
            return SiteStatuses.label(s->status);
        }
        return {};
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2\n%3 · %4")
            .arg(s->name,
                 s->kind == SiteKind::Website ? s->url : tr("%1 account %2").arg(s->platform, s->accountId),
                 unitName(s->unitId), SiteStatuses.label(s->status));
    case SiteIdRole:
        return s->id;
    case KindRole:
        return int(s->kind);
    case SearchTextRole:
        return QStringList{s->name,     s->url,           s->accountId, s->platform, unitName(s->unitId),
                           s->siteCode, s->personInCharge}
            .join(QLatin1Char('\n'));
    }
    return {};
}

QVariant SiteListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Type");
    case UnitColumn:
        return tr("Host unit");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace xj
