// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "crawler/FetchResult.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace xj {

class Database;

/// The addresses of one scan in SQLite (table scan_urls): what is queued, what was fetched with
/// what answer, and which pages link where (scan_link_sources). Writes go through prepared
/// statements inside batches the crawler commits a few times a second; a crash loses at most the
/// open batch, whose addresses are simply fetched again on resume. An in-memory index of
/// address hashes answers "seen before?" without a query per link.
class CrawlFrontier
{
    Q_DECLARE_TR_FUNCTIONS(xj::CrawlFrontier)
public:
    /// Sources kept per address; further pages only raise source_count.
    static constexpr int MaxSourcesPerUrl = 200;

    struct Entry
    {
        qint64 id = 0;
        QString url;
        QString kind; ///< page, resource, external
        int depth = 0;
        int attempt = 0;
        QString host; ///< host:port, filled when the entry is loaded (parsed once, used on every pump)
    };
    struct Counts
    {
        int pagesDone = 0;
        int pagesFailed = 0;
        int pagesQueued = 0;
        int linksChecked = 0; ///< resources and external links answered
        int linksQueued = 0;
        int skipped = 0;
        int pagesKnown() const { return pagesDone + pagesFailed + pagesQueued; }
    };

    CrawlFrontier(const Database &database, qint64 scanId);

    /// Loads the index of known addresses (after a restart) and prepares the statements.
    Status open();
    /// The row of `url`: existing, or added as queued (or as skipped with `skipReason`).
    /// `added` tells which. Zero on a database error.
    qint64 add(const QString &url, const QString &kind, int depth, bool *added = nullptr,
               const QString &skipReason = {});
    /// The row of a known address, or 0 (a hash lookup, no query).
    qint64 find(const QString &url) const;
    /// Makes `alias` (a redirect target) find the row of `id`, without a row of its own.
    void alias(const QString &alias, qint64 id);
    void addSource(qint64 urlId, qint64 sourceId, const QString &tag, const QString &anchor);
    /// Queued rows with an id above `afterId`, in order.
    QList<Entry> queued(qint64 afterId, int limit);
    void record(qint64 id, const FetchResult &result, const QString &state, const QString &title = {},
                bool soft404 = false, const QString &facts = {});
    void skip(qint64 id, const QString &reason, const QString &detail = {});

    Status beginBatch();
    Status commitBatch();
    Counts counts() const;
    /// The last database error (writes in a batch report here rather than per call).
    QString lastError() const { return m_error; }

private:
    static quint64 hashOf(const QString &url);
    void flushSourceCounts();
    bool run(QSqlQuery &query, const QVariantList &values);

    const Database &m_db;
    qint64 m_scanId;
    QHash<quint64, qint64> m_index;     ///< address hash → row id
    QHash<qint64, int> m_sourceCounts;  ///< row id → sources known (kept + counted)
    QHash<qint64, int> m_pendingCounts; ///< increments not yet written
    QSqlQuery m_insert, m_insertSource, m_record, m_skip, m_bumpCount;
    bool m_inBatch = false;
    QString m_error;
};

} // namespace xj
