// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Site.h"
#include "model/Unit.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace xj {

/// The registry as a table: one row per website or new-media account.
class SiteListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteListModel)
public:
    enum Column { NameColumn, KindColumn, UnitColumn, StatusColumn, ColumnCount };
    enum Role {
        SiteIdRole = Qt::UserRole + 1,
        KindRole,       ///< SiteKind as int
        SearchTextRole, ///< everything a search may match: name, URL, account, unit, codes
    };

    explicit SiteListModel(QObject *parent = nullptr);

    void setSites(const QList<Site> &sites, const QList<Unit> &units);
    const Site *site(int row) const;
    const Site *siteById(qint64 id) const;
    int rowOf(qint64 siteId) const;
    QString unitName(qint64 unitId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Site> m_sites;
    QHash<qint64, QString> m_unitNames;
};

} // namespace xj
