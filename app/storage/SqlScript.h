// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace xj {

/// Splits an SQL script into statements, because Qt's SQLite driver runs one statement per query.
/// Semicolons inside quotes, comments and CREATE TRIGGER … BEGIN … END bodies do not split.
QStringList splitSqlStatements(const QString &script);

} // namespace xj
