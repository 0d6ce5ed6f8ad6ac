// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Site.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace xj {

/// How apply() treats a plan with bad rows.
enum class ImportMode {
    AllOrNothing,  ///< refuse the whole file while any row has a problem (the default)
    ValidRowsOnly, ///< import the good rows, skip the bad ones
};

/// What is wrong with a row, for code that reacts to a kind of problem (tests, the preview's icons).
enum class ImportIssue {
    MissingName,
    MissingUnit,
    MissingUrl, ///< a website without an address
    BadUrl,
    UnknownKind,     ///< the type/platform cell names nothing known
    MissingPlatform, ///< new media without a platform
    MissingAccount,  ///< new media with neither account ID nor link
    BadSiteCode,
    BadPhone,
    BadIcp,
    BadPolice,
    MangledNumber, ///< Excel's scientific notation destroyed a code
    DuplicateInFile,
    DuplicateInDatabase,
    UnknownParent, ///< the parent portal is neither registered nor a row of the file
};

struct ImportProblem
{
    ImportIssue issue;
    QString message; ///< translated, names the spreadsheet row
};

enum class ImportRowStatus { Valid, Invalid };

/// One data row of the file and the site it would become.
struct ImportRow
{
    int rowNumber = 0; ///< as the spreadsheet shows it; the header is usually row 1
    Site site;         ///< everything but unitId, which apply() resolves from unitName
    QString unitName;
    QString parentRef;       ///< the parent portal as written: its name or address
    qint64 parentSiteId = 0; ///< the parent portal, when it is registered already
    int parentRow = 0;       ///< the parent portal, when it is a row of the same file
    QList<ImportProblem> problems;
    int duplicateOfRow = 0;       ///< the earlier row of the file it repeats, if any
    qint64 duplicateOfSiteId = 0; ///< the registered site it repeats, if any

    ImportRowStatus status() const
    {
        return problems.isEmpty() ? ImportRowStatus::Valid : ImportRowStatus::Invalid;
    }
    bool isValid() const { return problems.isEmpty(); }
    bool has(ImportIssue issue) const
    {
        return std::any_of(problems.cbegin(), problems.cend(),
                           [issue](const auto &p) { return p.issue == issue; });
    }
};

/// The result of reading and checking a registry file, shown to the inspector before anything is
/// written: every row with its problems, and the remarks about the file as a whole.
struct ImportPlan
{
    QString sourceDescription; ///< "GB18030", "worksheet \"网站\"", …
    int headerRowNumber = 1;
    QStringList warnings; ///< ignored columns and the like; they do not block the import
    QList<ImportRow> rows;

    int validCount() const
    {
        return int(std::count_if(rows.cbegin(), rows.cend(), [](const auto &r) { return r.isValid(); }));
    }
    int invalidCount() const { return int(rows.size()) - validCount(); }
    /// Every problem of every row, in row order.
    QStringList problemMessages() const
    {
        QStringList out;
        for (const ImportRow &row : rows) {
            for (const ImportProblem &p : row.problems)
                out.append(p.message);
        }
        return out;
    }
};

/// What apply() wrote.
struct ImportSummary
{
    int unitsCreated = 0;
    int sitesCreated = 0;
    int rowsSkipped = 0;
};

} // namespace xj
