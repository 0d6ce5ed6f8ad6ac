// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EnumTable.h"

#include <QDate>
#include <QSet>
#include <QString>

namespace xj {

enum class ExportKind { Notices, Problems, Report };
enum class ReportFormat { Pdf, Docx, Xlsx, Csv };

inline constexpr EnumTable<ExportKind, 3> ExportKinds{
    "xj::Export",
    {{{ExportKind::Notices, "notices", QT_TRANSLATE_NOOP("xj::Export", "Rectification notices")},
      {ExportKind::Problems, "problems", QT_TRANSLATE_NOOP("xj::Export", "Problem list")},
      {ExportKind::Report, "report", QT_TRANSLATE_NOOP("xj::Export", "Round report")}}}};

inline constexpr EnumTable<ReportFormat, 4> ReportFormats{
    "xj::Export",
    {{{ReportFormat::Pdf, "pdf", QT_TRANSLATE_NOOP("xj::Export", "PDF")},
      {ReportFormat::Docx, "docx", QT_TRANSLATE_NOOP("xj::Export", "Word (.docx)")},
      {ReportFormat::Xlsx, "xlsx", QT_TRANSLATE_NOOP("xj::Export", "Excel (.xlsx)")},
      {ReportFormat::Csv, "csv", QT_TRANSLATE_NOOP("xj::Export", "CSV")}}}};

/// What to export: notices, the problem list or the round report of one round, in which format,
/// into which folder. Notices and the report are documents (PDF, Word); the problem list is a
/// table (Excel, CSV).
struct ExportRequest
{
    qint64 roundId = 0;
    ExportKind kind = ExportKind::Notices;
    ReportFormat format = ReportFormat::Pdf;
    QString folder;
    QSet<qint64> siteIds;     ///< empty: every site of the round
    QDate issuedOn;           ///< notice and report date; invalid: today
    bool zip = true;          ///< notices: also pack them into one zip in the folder
    bool sheetPerSite = true; ///< problem list (Excel): one sheet per site, or one for the round

    static bool formatFits(ExportKind kind, ReportFormat format)
    {
        const bool document = format == ReportFormat::Pdf || format == ReportFormat::Docx;
        return kind == ExportKind::Problems ? !document : document;
    }
};

} // namespace xj
