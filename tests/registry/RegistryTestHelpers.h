// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "registry/ImportPlan.h"

#include <QString>
#include <QStringList>

namespace xj {
class Database;
}

/// Every row of the units and sites tables, one line each: equal snapshots mean an unchanged registry.
QStringList registrySnapshot(const xj::Database &db);

/// Path of a CSV fixture in tests/data/registry/.
QString registryFixture(const QString &name);

/// Plans the import of `path` into `db` with the default settings.
xj::Result<xj::ImportPlan> planImport(const xj::Database &db, const QString &path, const QString &sheet = {});

/// The row of `plan` with this spreadsheet row number, or null.
const xj::ImportRow *findRow(const xj::ImportPlan &plan, int rowNumber);

/// The number of rows in a table of `db`.
int rowCount(const xj::Database &db, const QString &table);
