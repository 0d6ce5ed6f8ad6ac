// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scan/ScanCandidate.h"
#include "scan/ScanRecord.h"

#include <QByteArray>

namespace xj {

/// A scan's result as a file: JSON with the summary (counts, W-V2…W-V5 verdicts) and every
/// candidate with its evidence, or CSV (UTF-8 with BOM, one candidate a row, opens in Excel/WPS).
class ScanReportExport
{
public:
    static QByteArray json(const ScanRecord &scan, const ScanCandidates &candidates);
    static QByteArray csv(const ScanCandidates &candidates);
    /// By the file name's extension: ".csv" gives CSV, anything else JSON.
    static QByteArray forFile(const QString &fileName, const ScanRecord &scan,
                              const ScanCandidates &candidates);
};

} // namespace xj
