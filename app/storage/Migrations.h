// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace xj {

/// One numbered schema step, from resources/sql/NNN_name.sql. Its number becomes PRAGMA user_version.
struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

/// The migrations compiled into the program, in order. Numbers start at 1 and have no gaps
/// (checked by the migration test).
QList<Migration> bundledMigrations();

} // namespace xj
