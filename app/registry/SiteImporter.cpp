// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/SiteImporter.h"

#include "core/Logging.h"
#include "registry/CsvReader.h"
#include "registry/DuplicateFinder.h"
#include "registry/HeaderMatcher.h"
#include "registry/ImportRowParser.h"
#include "registry/RegistryFieldRules.h"
#include "registry/XlsxReader.h"
#include "storage/SiteRepository.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace xj {

SiteImporter::SiteImporter(const Database &database)
    : m_db(database)
    , m_siteCodePattern(RegistryFieldRules::defaultSiteCodePattern())
    , m_siteCodeDescription(tr("10 digits, or bm followed by 8 digits"))
{}

void SiteImporter::setSiteCodePattern(const QRegularExpression &pattern, const QString &description)
{
    m_siteCodePattern = pattern;
    m_siteCodeDescription = description;
}

Result<SheetTable> SiteImporter::readFile(const QString &path, const QString &sheetName)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The file %1 cannot be opened.").arg(QFileInfo(path).fileName()), file.errorString()};
    const QByteArray magic = file.read(8);
    file.close();
    const QString suffix = QFileInfo(path).suffix().toLower();
    // Zip content is a workbook whatever the name says; an OLE file (.xls, or an encrypted .xlsx)
    // goes to XlsxReader too, which explains how to convert it.
    const bool zip = magic.startsWith("PK\x03\x04");
    const bool ole = magic.startsWith("\xD0\xCF\x11\xE0");
    if (zip || ole || suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm") ||
        suffix == QLatin1String("xls"))
        return XlsxReader::readFile(path, sheetName);
    return CsvReader::readFile(path);
}

Result<ImportPlan> SiteImporter::planFile(const QString &path, const QString &sheetName) const
{
    auto table = readFile(path, sheetName);
    if (!table)
        return table.error();
    return plan(table.value());
}

Result<ImportPlan> SiteImporter::plan(const SheetTable &table) const
{
    auto mapping = HeaderMatcher::match(table);
    if (!mapping)
        return mapping.error();

    ImportPlan plan;
    plan.sourceDescription = table.sourceDescription;
    plan.headerRowNumber = mapping.value().headerRowNumber;
    plan.warnings = mapping.value().warnings;
    const ImportRowParser parser(m_siteCodePattern, m_siteCodeDescription);
    for (qsizetype i = mapping.value().headerIndex + 1; i < table.rows.size(); ++i)
        plan.rows.append(parser.parse(table.rows.at(i), mapping.value()));
    if (plan.rows.isEmpty())
        return Error{
            tr("The file has a header row (row %1) but no sites below it.").arg(plan.headerRowNumber), {}};

    auto registered = SiteRepository(m_db).all();
    if (!registered)
        return registered.error();
    DuplicateFinder(registered.value()).markDuplicates(plan.rows);
    resolveParents(plan.rows, registered.value());
    qCDebug(lcRegistry) << "import plan:" << plan.validCount() << "valid," << plan.invalidCount()
                        << "invalid rows";
    return plan;
}

// A parent portal is named by its name or its address, among the registered sites first, then
// among the rows of the same file (created in the same transaction).
void SiteImporter::resolveParents(QList<ImportRow> &rows, const QList<Site> &registered)
{
    const auto same = [](const QString &reference, const Site &site) {
        return reference == site.name ||
               (!site.url.isEmpty() && normalizedSiteUrl(reference) == normalizedSiteUrl(site.url));
    };
    for (ImportRow &row : rows) {
        if (row.parentRef.isEmpty())
            continue;
        for (const Site &s : registered) {
            if (same(row.parentRef, s)) {
                row.parentSiteId = s.id;
                break;
            }
        }
        for (qsizetype i = 0; row.parentSiteId == 0 && row.parentRow == 0 && i < rows.size(); ++i) {
            if (rows.at(i).rowNumber != row.rowNumber && same(row.parentRef, rows.at(i).site))
                row.parentRow = rows.at(i).rowNumber;
        }
        if (row.parentSiteId == 0 && row.parentRow == 0)
            row.problems.append(
                {ImportIssue::UnknownParent,
                 tr("Row %1: the parent portal “%2” is neither in the registry nor in this file. "
                    "Add the portal first, or leave the cell empty.")
                     .arg(QString::number(row.rowNumber), row.parentRef)});
    }
}

Result<ImportSummary> SiteImporter::apply(const ImportPlan &plan, ImportMode mode) const
{
    const int invalid = plan.invalidCount();
    if (mode == ImportMode::AllOrNothing && invalid > 0)
        return Error{
            tr("%n row(s) of the file have problems, so nothing was imported. Correct them and import "
               "the file again, or import only the rows without problems.",
               nullptr, invalid),
            {}};

    const UnitRepository units(m_db);
    const SiteRepository sites(m_db);
    auto summary = withTransaction(m_db, [&]() -> Result<ImportSummary> {
        ImportSummary done;
        done.rowsSkipped = invalid;
        QHash<QString, qint64> unitIds; // a registry names the same unit on many rows
        QHash<int, qint64> createdByRow;
        for (const ImportRow &row : plan.rows) {
            if (!row.isValid())
                continue;
            const auto rowFailed = [&row](const Error &e) {
                return Error{tr("Row %1 could not be saved, so nothing was imported: %2")
                                 .arg(QString::number(row.rowNumber), e.message),
                             e.detail};
            };
            qint64 unitId = unitIds.value(row.unitName);
            if (unitId == 0) {
                auto existing = units.findByName(row.unitName);
                if (!existing)
                    return rowFailed(existing.error());
                auto id = existing.value() ? Result<qint64>(existing.value()->id)
                                           : units.findOrCreate(row.unitName);
                if (!id)
                    return rowFailed(id.error());
                if (!existing.value())
                    ++done.unitsCreated;
                unitId = id.value();
                unitIds.insert(row.unitName, unitId);
            }
            Site site = row.site;
            site.unitId = unitId;
            site.parentSiteId = row.parentSiteId;
            auto created = sites.create(site);
            if (!created)
                return rowFailed(created.error());
            createdByRow.insert(row.rowNumber, created.value());
            ++done.sitesCreated;
        }
        // Parents that are rows of the file exist only now.
        for (const ImportRow &row : plan.rows) {
            const qint64 parent = createdByRow.value(row.parentRow);
            if (row.parentRow > 0 && parent > 0 && createdByRow.contains(row.rowNumber)) {
                if (Status s = sites.setParent(createdByRow.value(row.rowNumber), parent); !s)
                    return s.error();
            }
        }
        return done;
    });
    if (summary)
        qCInfo(lcRegistry) << "imported" << summary.value().sitesCreated << "sites,"
                           << summary.value().unitsCreated << "new units," << summary.value().rowsSkipped
                           << "rows skipped";
    return summary;
}

} // namespace xj
