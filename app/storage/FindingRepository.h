// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "model/Finding.h"

#include <QCoreApplication>
#include <QList>

class QSqlQuery;

namespace xj {

class Database;

/// Which findings to list; 0 means "any".
struct FindingFilter
{
    qint64 roundId = 0;
    qint64 siteId = 0;
    bool includeDeleted = false; ///< also those in the undo history (soft-deleted)
};

/// Findings (problems found on a site in a round). Every write is one transaction. Deleting is
/// soft: a removed finding leaves the lists but keeps its row and evidence until it is purged, so
/// the deletion can be undone and its evidence files are never mistaken for orphans.
class FindingRepository
{
    Q_DECLARE_TR_FUNCTIONS(xj::FindingRepository)
public:
    explicit FindingRepository(const Database &database);

    /// Newest first; without the deleted ones unless the filter asks for them.
    Result<QList<Finding>> list(const FindingFilter &filter = {}) const;
    /// Finds deleted findings too (an undo needs them).
    Result<Finding> get(qint64 id) const;
    /// Records "created" in the history, by `actor` (the finding's inspector when empty).
    Result<qint64> create(const Finding &finding, const QString &actor = {}) const;
    /// Refuses a state change the lifecycle does not allow (FindingStateMachine) and records every
    /// changed field in the history with `actor` (the finding's inspector when empty) and `note`.
    Status update(const Finding &finding, const QString &actor = {}, const QString &note = {}) const;
    /// Soft delete: the finding leaves list() but can be brought back with restore().
    Status remove(qint64 id) const;
    /// Undoes remove().
    Status restore(qint64 id) const;
    /// Deletes the finding for good, with its evidence rows (the files stay until nothing refers
    /// to them; the integrity check then lists them as orphans).
    Status purge(qint64 id) const;
    /// Whether the finding sits in the undo history.
    Result<bool> isDeleted(qint64 id) const;

    /// "x,y,w,h" in CSS pixels; empty for a null box. Exposed for tests and exports.
    static QString boxToText(const QRectF &box);
    static QRectF boxFromText(const QString &text);
    /// A finding from a row whose columns are those of the repository's own SELECT: id, site, round,
    /// item code, url, page title, description, severity, state, inspector, found, created, updated,
    /// element selector, text and box, check id, origin finding. Peer audits read a team's findings
    /// in the same shape.
    static Finding fromRow(const QSqlQuery &query);

private:
    Status setDeletedAt(qint64 id, const QString &expression, QVariantList params) const;
    Result<QVariant> itemIdOf(const Finding &finding) const;

    const Database &m_db;
};

} // namespace xj
