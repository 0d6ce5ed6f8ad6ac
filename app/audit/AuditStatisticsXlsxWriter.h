// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditStatistics.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace xj {

/// Writes a peer audit's agreement statistics as a workbook: one sheet per team pair ("By team"),
/// one per checklist item ("By item") and the findings only one side saw ("Seen by one side"),
/// each with a bold, frozen, filtered header row. The file appears only when complete.
class AuditStatisticsXlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(xj::AuditStatisticsXlsxWriter)
public:
    static Status write(const QString &path, const AuditStatistics &statistics);

    static QStringList sheetNames();
    static QStringList teamHeaders();
    static QStringList itemHeaders();
    static QStringList unmatchedHeaders();
};

} // namespace xj
