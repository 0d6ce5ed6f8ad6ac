// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EnumTable.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

namespace xj {

enum class ExportKind { Notices, Problems, Report, Public };
enum class ReportFormat { Pdf, Docx, Xlsx, Csv, Html };

inline constexpr EnumTable<ExportKind, 4> ExportKinds{
    "xj::Export",
    {{{ExportKind::Notices, "notices", QT_TRANSLATE_NOOP("xj::Export", "Rectification notices")},
      {ExportKind::Problems, "problems", QT_TRANSLATE_NOOP("xj::Export", "Problem list")},
      {ExportKind::Report, "report", QT_TRANSLATE_NOOP("xj::Export", "Round report")},
      {ExportKind::Public, "public", QT_TRANSLATE_NOOP("xj::Export", "Public results")}}}};

inline constexpr EnumTable<ReportFormat, 5> ReportFormats{
    "xj::Export",
    {{{ReportFormat::Pdf, "pdf", QT_TRANSLATE_NOOP("xj::Export", "PDF")},
      {ReportFormat::Docx, "docx", QT_TRANSLATE_NOOP("xj::Export", "Word (.docx)")},
      {ReportFormat::Xlsx, "xlsx", QT_TRANSLATE_NOOP("xj::Export", "Excel (.xlsx)")},
      {ReportFormat::Csv, "csv", QT_TRANSLATE_NOOP("xj::Export", "CSV")},
      {ReportFormat::Html, "html", QT_TRANSLATE_NOOP("xj::Export", "Web page (.html)")}}}};

/// A chart for the round report's charts section (统计图表): a picture the workbench drew of its
/// dashboard, with its title. The core links no chart module, so it only places the pictures.
struct ReportChart
{
    QString title;
    QString pngPath;
};

/// What to export: notices, the problem list or the round report of one round, in which format,
/// into which folder. Notices and the report are documents (PDF, Word); the problem list is a
/// table (Excel, CSV); the public results are a web page or a workbook (HTML, Excel).
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
    /// Round report: the pictures of its charts section; empty (as in the CLI): no such section.
    QList<ReportChart> charts;

    static bool formatFits(ExportKind kind, ReportFormat format)
    {
        // Public results (检查结果公示) go on the portal as a web page or a workbook.
        if (kind == ExportKind::Public || format == ReportFormat::Html)
            return kind == ExportKind::Public &&
                   (format == ReportFormat::Html || format == ReportFormat::Xlsx);
        const bool document = format == ReportFormat::Pdf || format == ReportFormat::Docx;
        return kind == ExportKind::Problems ? !document : document;
    }
};

} // namespace xj
