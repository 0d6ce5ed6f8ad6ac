// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/ScanColumns.h"

#include "scan/ScanEvaluator.h"
#include "storage/ColumnClassRepository.h"
#include "storage/Database.h"
#include "storage/ScanRepository.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace xj {

Result<QList<ColumnSummary>> ScanColumns::read(const Database &database, const ScanRecord &scan)
{
    ColumnAggregator columns;
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    // Only the column facts ("c") matter here; pages without any are skipped by SQLite.
    q.prepare(QStringLiteral("SELECT url, facts, depth FROM scan_urls WHERE scan_id = ? AND kind = 'page' "
                             "AND state = 'done' AND facts LIKE '%\"c\"%' ORDER BY id"));
    q.addBindValue(scan.id);
    if (!q.exec())
        return Error{tr("The columns of the scan could not be read."), q.lastError().text()};
    while (q.next()) {
        const QJsonObject facts = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        columns.addPage(q.value(0).toString(),
                        ColumnPageFacts::fromJson(facts.value(QLatin1String("c")).toObject()),
                        q.value(2).toInt() == 0);
    }
    QHash<QString, ColumnClass> classes;
    if (scan.siteId > 0) {
        auto stored = ColumnClassRepository(database).classesFor(scan.siteId);
        if (!stored)
            return stored.error();
        classes = stored.value();
    }
    const QDate today = scan.inspectionDate.isValid() ? scan.inspectionDate : QDate::currentDate();
    return columns.evaluate(today, scan.rules, classes).columns;
}

Result<QJsonObject> ScanColumns::reclassify(const Database &database, const ScanRecord &scan,
                                            const ColumnSummary &column, ColumnClass cls)
{
    if (scan.siteId <= 0)
        return Error{
            tr("Column classes are remembered per site; this scan belongs to no site of the registry."), {}};
    return withTransaction(database, [&]() -> Result<QJsonObject> {
        if (Status s = ColumnClassRepository(database).setClass(scan.siteId, column.key, column.name, cls);
            !s)
            return s.error();
        if (scan.isActive())
            return scan.summary; // the running scan judges its columns when it ends
        const bool partial = scan.summary.value(QLatin1String("partial")).toBool();
        auto summary = ScanEvaluator(database).evaluate(scan, partial);
        if (!summary)
            return summary.error();
        if (Status s =
                ScanRepository(database).markEnded(scan.id, scan.state, summary.value(), scan.elapsedMs);
            !s)
            return s.error();
        return summary.value();
    });
}

} // namespace xj
