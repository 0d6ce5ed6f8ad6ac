// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "scan/columns/ColumnClass.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace xj {

class Database;

/// The update class (W-V4) an inspector gave each column of a site, remembered for every later
/// scan of it: the column's key ("/zwdt/xzdt/") to its class. Wins over the keyword guess.
class ColumnClassRepository
{
    Q_DECLARE_TR_FUNCTIONS(xj::ColumnClassRepository)
public:
    explicit ColumnClassRepository(const Database &database);

    /// Every class set for the site's columns, by column key. Rows with a class this program
    /// does not know (written by a newer version) are left out.
    Result<QHash<QString, ColumnClass>> classesFor(qint64 siteId) const;
    /// Sets or replaces the class of one column.
    Status setClass(qint64 siteId, const QString &columnKey, const QString &columnName,
                    ColumnClass cls) const;
    /// Forgets the inspector's class: the keyword guess applies again.
    Status clear(qint64 siteId, const QString &columnKey) const;

private:
    const Database &m_db;
};

} // namespace xj
