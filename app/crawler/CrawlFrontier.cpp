// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawler/CrawlFrontier.h"

#include "crawler/CrawlScope.h"
#include "crawler/CrawlerLogging.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"

#include <QSqlError>

namespace xj {

CrawlFrontier::CrawlFrontier(const Database &database, qint64 scanId)
    : m_db(database)
    , m_scanId(scanId)
{}

quint64 CrawlFrontier::hashOf(const QString &url)
{
    // 64 bits with a fixed seed: the index is rebuilt from the table on every open, and a
    // collision among the few hundred thousand addresses of one scan is not a practical risk.
    return quint64(qHash(url, size_t(0x5863756e6a69616eULL)));
}

qint64 CrawlFrontier::find(const QString &url) const
{
    return m_index.value(hashOf(url), 0);
}

Status CrawlFrontier::open()
{
    QSqlQuery load(m_db.connection());
    load.setForwardOnly(true);
    load.prepare(QStringLiteral("SELECT id, url, source_count FROM scan_urls WHERE scan_id = ?"));
    load.addBindValue(m_scanId);
    if (!load.exec())
        return Error{tr("The scan's addresses could not be read."), load.lastError().text()};
    while (load.next()) {
        const qint64 id = load.value(0).toLongLong();
        m_index.insert(hashOf(load.value(1).toString()), id);
        if (const int n = load.value(2).toInt(); n > 0)
            m_sourceCounts.insert(id, n);
    }
    const QSqlDatabase c = m_db.connection();
    m_insert = QSqlQuery(c);
    m_insertSource = QSqlQuery(c);
    m_record = QSqlQuery(c);
    m_skip = QSqlQuery(c);
    m_bumpCount = QSqlQuery(c);
    const bool ok =
        m_insert.prepare(QStringLiteral("INSERT INTO scan_urls (scan_id, url, kind, depth, state, error) "
                                        "VALUES (?,?,?,?,?,?)")) &&
        m_insertSource.prepare(
            QStringLiteral("INSERT OR IGNORE INTO scan_link_sources (url_id, source_id, tag, "
                           "anchor) VALUES (?,?,?,?)")) &&
        m_record.prepare(QStringLiteral(
            "UPDATE scan_urls SET state = ?, status = ?, error = ?, error_detail = ?, final_url = ?, "
            "redirects = ?, content_type = ?, bytes = ?, elapsed_ms = ?, title = ?, soft404 = ?, facts = ?, "
            "fetched_at = ? WHERE id = ?")) &&
        m_skip.prepare(QStringLiteral("UPDATE scan_urls SET state = 'skipped', error = ?, error_detail = ? "
                                      "WHERE id = ?")) &&
        m_bumpCount.prepare(QStringLiteral("UPDATE scan_urls SET source_count = ? WHERE id = ?"));
    if (!ok)
        return Error{tr("The scan's addresses could not be prepared."), m_insert.lastError().text()};
    return Status::success();
}

bool CrawlFrontier::run(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, notNullText(values.at(i)));
    if (query.exec())
        return true;
    m_error = query.lastError().text();
    qCWarning(lcCrawler) << "frontier write failed:" << m_error;
    return false;
}

qint64 CrawlFrontier::add(const QString &url, const QString &kind, int depth, bool *added,
                          const QString &skipReason)
{
    const quint64 h = hashOf(url);
    if (const auto it = m_index.constFind(h); it != m_index.cend()) {
        if (added)
            *added = false;
        return *it;
    }
    const QString state = skipReason.isEmpty() ? QStringLiteral("queued") : QStringLiteral("skipped");
    if (!run(m_insert, {m_scanId, url, kind, depth, state, skipReason}))
        return 0;
    const qint64 id = m_insert.lastInsertId().toLongLong();
    m_index.insert(h, id);
    if (added)
        *added = true;
    return id;
}

void CrawlFrontier::alias(const QString &alias, qint64 id)
{
    m_index.insert(hashOf(alias), id);
}

void CrawlFrontier::addSource(qint64 urlId, qint64 sourceId, const QString &tag, const QString &anchor)
{
    if (urlId == sourceId)
        return;
    int &count = m_sourceCounts[urlId];
    if (count < MaxSourcesPerUrl)
        run(m_insertSource, {urlId, sourceId, tag, anchor});
    ++count;
    m_pendingCounts[urlId] = count;
}

QList<CrawlFrontier::Entry> CrawlFrontier::queued(qint64 afterId, int limit)
{
    QList<Entry> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, url, kind, depth FROM scan_urls WHERE scan_id = ? AND state = 'queued' "
                       "AND id > ? ORDER BY id LIMIT ?"));
    q.addBindValue(m_scanId);
    q.addBindValue(afterId);
    q.addBindValue(limit);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        Entry e{
            q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(), 0, {}};
        e.host = CrawlScope::hostKey(QUrl(e.url));
        out.append(std::move(e));
    }
    return out;
}

void CrawlFrontier::record(qint64 id, const FetchResult &r, const QString &state, const QString &title,
                           bool soft404, const QString &facts)
{
    run(m_record, {state, r.status, r.error, r.errorDetail.left(500), r.finalUrl.toString(QUrl::FullyEncoded),
                   r.redirects.join(QLatin1Char('\n')), QString::fromLatin1(r.contentType.left(120)), r.bytes,
                   r.elapsedMs, title, soft404 ? 1 : 0, facts, nowDbTime(), id});
}

void CrawlFrontier::skip(qint64 id, const QString &reason, const QString &detail)
{
    run(m_skip, {reason, detail, id});
}

void CrawlFrontier::flushSourceCounts()
{
    for (auto it = m_pendingCounts.cbegin(); it != m_pendingCounts.cend(); ++it)
        run(m_bumpCount, {it.value(), it.key()});
    m_pendingCounts.clear();
}

Status CrawlFrontier::beginBatch()
{
    if (m_inBatch)
        return Status::success();
    if (!m_db.connection().transaction())
        return Error{tr("The scan could not write to the database."), m_db.connection().lastError().text()};
    m_inBatch = true;
    return Status::success();
}

Status CrawlFrontier::commitBatch()
{
    if (!m_inBatch)
        return Status::success();
    flushSourceCounts();
    m_inBatch = false;
    if (!m_db.connection().commit())
        return Error{tr("The scan could not write to the database."), m_db.connection().lastError().text()};
    return Status::success();
}

CrawlFrontier::Counts CrawlFrontier::counts() const
{
    Counts c;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT kind, state, count(*) FROM scan_urls WHERE scan_id = ? GROUP BY kind, state"));
    q.addBindValue(m_scanId);
    if (!q.exec())
        return c;
    while (q.next()) {
        const bool page = q.value(0).toString() == QLatin1String("page");
        const QString state = q.value(1).toString();
        const int n = q.value(2).toInt();
        if (state == QLatin1String("skipped"))
            c.skipped += n;
        else if (page && state == QLatin1String("done"))
            c.pagesDone += n;
        else if (page && state == QLatin1String("failed"))
            c.pagesFailed += n;
        else if (page)
            c.pagesQueued += n;
        else if (state == QLatin1String("queued"))
            c.linksQueued += n;
        else
            c.linksChecked += n;
    }
    return c;
}

} // namespace xj
