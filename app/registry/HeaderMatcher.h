// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "registry/SheetTable.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <array>
#include <optional>

namespace xj {

/// The registry fields an import can fill, one per Site member it sets.
enum class ImportField {
    Name,
    Url,
    Unit,
    SiteCode,
    Icp,
    Police,
    Person,
    Phone,
    Kind,
    AccountId,
    Notes,
    Parent, ///< a department site's portal, by name or address
    Count
};

/// Which columns of a table hold which field. A field may come from several columns (a mixed sheet
/// with both 网站名称 and 账号名称): they are listed best synonym first, and a row uses the first
/// of them that is not empty.
struct ColumnMapping
{
    qsizetype headerIndex = 0; ///< index of the header row in SheetTable::rows
    int headerRowNumber = 1;
    std::array<QList<int>, std::size_t(ImportField::Count)> columns;
    QStringList warnings; ///< ignored columns and the like, for the preview

    const QList<int> &columnsOf(ImportField field) const { return columns[std::size_t(field)]; }
    bool has(ImportField field) const { return !columnsOf(field).isEmpty(); }
    /// The first non-empty cell of the field's columns, trimmed.
    QString value(const SheetRow &row, ImportField field) const;
    /// Every non-empty cell of the field's columns, trimmed, best column first.
    QStringList values(const SheetRow &row, ImportField field) const;
};

/// Recognises the header row of an office's registry, whatever words the office chose: header
/// text is normalised (full-width → half-width, spaces, "(必填)" notes and "*" marks removed,
/// Latin letters case-folded) and looked up in a table of synonyms per field. The header may sit
/// below a title row; the first of the top rows that has the required columns is taken.
class HeaderMatcher
{
    Q_DECLARE_TR_FUNCTIONS(xj::HeaderMatcher)
public:
    /// How many rows from the top may precede the header (titles, notes to the person filling in).
    static constexpr int HeaderSearchRows = 5;

    static QString normalize(const QString &header);
    /// The field a header names and the rank of the synonym (0 = the most specific), if any.
    static std::optional<std::pair<ImportField, int>> fieldOf(const QString &header);
    /// The headers recognised for a field, in their original spelling, best first.
    static QStringList synonyms(ImportField field);
    /// "site name", "host unit", …: how messages name a field.
    static QString fieldLabel(ImportField field);

    /// Finds the header row and maps its columns. Fails, listing the headers found and the ones
    /// expected, when no row has a name column, a host-unit column, and an address or account column.
    static Result<ColumnMapping> match(const SheetTable &table);

private:
    static ColumnMapping mapRow(const SheetRow &row, qsizetype index);
    static QList<ImportField> missingFields(const ColumnMapping &mapping);
};

} // namespace xj
