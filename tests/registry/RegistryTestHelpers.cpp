// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegistryTestHelpers.h"

#include "TestDataDir.h"
#include "registry/SiteImporter.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QSqlRecord>

QStringList registrySnapshot(const xj::Database &db)
{
    QStringList lines;
    for (const char *table : {"units", "sites"}) {
        auto q = db.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table)));
        if (!q)
            return {q.error().fullText()};
        while (q.value().next()) {
            QStringList fields{QLatin1String(table)};
            for (int i = 0; i < q.value().record().count(); ++i)
                fields.append(q.value().value(i).toString());
            lines.append(fields.join(u'|'));
        }
    }
    return lines;
}

QString registryFixture(const QString &name)
{
    return testDataPath(QStringLiteral("registry/") + name);
}

xj::Result<xj::ImportPlan> planImport(const xj::Database &db, const QString &path, const QString &sheet)
{
    return xj::SiteImporter(db).planFile(path, sheet);
}

const xj::ImportRow *findRow(const xj::ImportPlan &plan, int rowNumber)
{
    for (const xj::ImportRow &row : plan.rows) {
        if (row.rowNumber == rowNumber)
            return &row;
    }
    return nullptr;
}

int rowCount(const xj::Database &db, const QString &table)
{
    auto q = db.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    if (!q || !q.value().next())
        return -1;
    return q.value().value(0).toInt();
}
