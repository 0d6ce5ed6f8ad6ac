// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EnumTable.h"
#include "core/Result.h"
#include "model/Evidence.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>

namespace xj {

class Database;

enum class IntegrityProblemKind { Missing, Altered, Orphaned };

inline constexpr EnumTable<IntegrityProblemKind, 3> IntegrityProblemKinds{
    "xj::IntegrityChecker",
    {{{IntegrityProblemKind::Missing, "missing", QT_TRANSLATE_NOOP("xj::IntegrityChecker", "missing")},
      {IntegrityProblemKind::Altered, "altered", QT_TRANSLATE_NOOP("xj::IntegrityChecker", "altered")},
      {IntegrityProblemKind::Orphaned, "orphaned", QT_TRANSLATE_NOOP("xj::IntegrityChecker", "orphaned")}}}};

/// One evidence file that cannot be trusted. For orphans (a file in the store that no evidence
/// row refers to) only `relativePath`, `actualSha256` and `actualSize` are set.
struct IntegrityProblem
{
    IntegrityProblemKind kind = IntegrityProblemKind::Missing;
    qint64 evidenceId = 0;
    qint64 findingId = 0;
    qint64 accountRecordId = 0;
    EvidenceKind evidenceKind = EvidenceKind::Screenshot;
    QString relativePath;
    QString expectedSha256;
    qint64 expectedSize = 0;
    QString actualSha256;
    qint64 actualSize = 0;
};

struct IntegrityReport
{
    int rowsChecked = 0;  ///< evidence rows re-hashed
    int filesScanned = 0; ///< files found in the store
    QList<IntegrityProblem> problems;

    bool ok() const { return problems.isEmpty(); }
    int count(IntegrityProblemKind kind) const;
};

/// Re-hashes every evidence file and compares it with its row: missing, altered and orphaned files
/// are reported by finding. It only reads; it never repairs or deletes anything.
class IntegrityChecker
{
    Q_DECLARE_TR_FUNCTIONS(xj::IntegrityChecker)
public:
    IntegrityChecker(const Database &database, const QString &dataDirectory);

    /// `progress(done, total)` is called after each file; returning false stops the check, which
    /// then fails with a "stopped" error.
    Result<IntegrityReport> run(const std::function<bool(int, int)> &progress = {}) const;

private:
    /// Every file under <data>/evidence, relative to the data folder, sorted.
    QStringList filesInStore() const;

    const Database &m_db;
    QString m_dataDirectory;
};

} // namespace xj
