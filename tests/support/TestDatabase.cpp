// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include <QSqlQuery>

TestDatabase::TestDatabase()
{
    if (m_dir.isValid())
        m_db.open(m_dir.databasePath());
}

int TestDatabase::count(const QString &from) const
{
    auto q = m_db.exec(QStringLiteral("SELECT count(*) FROM ") + from);
    return q && q.value().next() ? q.value().value(0).toInt() : -1;
}
