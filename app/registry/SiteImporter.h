// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "registry/ImportPlan.h"
#include "registry/SheetTable.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace xj {

class Database;

/// Imports an office's registry of websites and new-media accounts from a CSV or .xlsx file in two
/// steps, so that the inspector sees every problem before anything is written: plan() reads and
/// checks the rows (required fields, formats, duplicates within the file and against the
/// database) and apply() writes the plan in one transaction: host units are found or created by
/// name, sites created, and on any failure the database stays exactly as it was.
class SiteImporter
{
    Q_DECLARE_TR_FUNCTIONS(xj::SiteImporter)
public:
    explicit SiteImporter(const Database &database);

    /// The 网站标识码 format is not confirmed by a published rule (indicators.md G-6), so it can
    /// be changed; `description` says it in words for the messages.
    void setSiteCodePattern(const QRegularExpression &pattern, const QString &description);
    QRegularExpression siteCodePattern() const { return m_siteCodePattern; }

    /// Reads a .xlsx (the named worksheet or the first visible one) or a CSV file; the kind is
    /// told from the content, so a wrongly named file is still read or clearly refused.
    static Result<SheetTable> readFile(const QString &path, const QString &sheetName = {});

    Result<ImportPlan> plan(const SheetTable &table) const;
    Result<ImportPlan> planFile(const QString &path, const QString &sheetName = {}) const;

    /// Writes the valid rows of `plan`. AllOrNothing refuses, writing nothing, while any row is
    /// invalid; ValidRowsOnly skips those rows.
    Result<ImportSummary> apply(const ImportPlan &plan, ImportMode mode = ImportMode::AllOrNothing) const;

private:
    static void resolveParents(QList<ImportRow> &rows, const QList<Site> &registered);
    const Database &m_db;
    QRegularExpression m_siteCodePattern;
    QString m_siteCodeDescription;
};

} // namespace xj
