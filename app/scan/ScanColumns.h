// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "scan/ScanRecord.h"
#include "scan/columns/ColumnAggregator.h"

#include <QCoreApplication>

namespace xj {

class Database;

/// The columns (栏目) of a finished scan as the inspector edits them. The scan's summary keeps
/// only counts, so the list is rebuilt from the facts the pages left (scan_urls.facts), with the
/// classes remembered for the site. Changing a column's class is remembered for every later scan
/// of the site and judges this scan again at once, so its candidates and verdicts follow.
class ScanColumns
{
    Q_DECLARE_TR_FUNCTIONS(xj::ScanColumns)
public:
    /// Every column of the scan, judged with the site's remembered classes, by key.
    static Result<QList<ColumnSummary>> read(const Database &database, const ScanRecord &scan);
    /// Remembers `cls` for the column and evaluates the scan again (one transaction); returns the
    /// new summary, which is also stored with the scan.
    static Result<QJsonObject> reclassify(const Database &database, const ScanRecord &scan,
                                          const ColumnSummary &column, ColumnClass cls);
};

} // namespace xj
