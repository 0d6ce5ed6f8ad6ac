// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/ScanEvaluator.h"

#include "checks/CheckCatalogue.h"
#include "core/WorkingCalendar.h"
#include "probe/AvailabilityReport.h"
#include "scan/columns/ColumnAggregator.h"
#include "scan/columns/ColumnPageFacts.h"
#include "scan/messages/MessageAggregator.h"
#include "scan/messages/MessageRecord.h"
#include "storage/ColumnClassRepository.h"
#include "storage/Database.h"
#include "storage/ProbeRepository.h"
#include "storage/ScanRepository.h"
#include "storage/SqlValues.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace xj {

namespace {

/// A page-check hit merged across the pages it appears on.
struct MergedHit
{
    ScanCandidate candidate;
    int pages = 0;
    QJsonArray pageList;
};

QString hitKey(const QString &checkId, const QString &text)
{
    return checkId + QLatin1Char('\n') + text;
}

} // namespace

ScanEvaluator::ScanEvaluator(const Database &database)
    : m_db(database)
{}

QJsonArray ScanEvaluator::pageCandidatesToJson(const Candidates &candidates)
{
    QJsonArray out;
    for (const Candidate &c : candidates) {
        QJsonObject o{{QStringLiteral("id"), c.checkId},
                      {QStringLiteral("m"), c.message},
                      {QStringLiteral("t"), c.text}};
        if (!c.suggestion.isEmpty())
            o.insert(QStringLiteral("s"), c.suggestion);
        if (!c.context.isEmpty())
            o.insert(QStringLiteral("x"), c.context);
        if (!c.selector.isEmpty())
            o.insert(QStringLiteral("sel"), c.selector);
        out.append(o);
    }
    return out;
}

QString ScanEvaluator::brokenLinkMessage(const QString &error, int status, const QString &detail)
{
    if (error == QLatin1String("dns"))
        return tr("The host name does not exist (DNS).");
    if (error == QLatin1String("refused"))
        return tr("The server refused the connection.");
    if (error == QLatin1String("timeout"))
        return tr("No answer in time.");
    if (error == QLatin1String("tls"))
        return tr("The secure connection failed (certificate or TLS): %1").arg(detail);
    if (error == QLatin1String("closed"))
        return tr("The server closed the connection without answering.");
    if (error == QLatin1String("redirect_loop"))
        return tr("The address redirects in a loop.");
    if (error == QLatin1String("too_many_redirects"))
        return tr("The address redirects too many times.");
    if (status >= 400)
        return tr("The link answers HTTP %1.").arg(status);
    return tr("The link cannot be opened: %1").arg(detail.isEmpty() ? error : detail);
}

Result<QJsonArray> ScanEvaluator::sourcesOf(qint64 urlId) const
{
    auto rows = m_db.selectAll(
        QStringLiteral(
            "SELECT s.url, l.tag, l.anchor FROM scan_link_sources l JOIN scan_urls s ON s.id = l.source_id "
            "WHERE l.url_id = ? ORDER BY s.id"),
        {urlId}, [](const QSqlQuery &q) {
            return QJsonObject{{QStringLiteral("page"), q.value(0).toString()},
                               {QStringLiteral("tag"), q.value(1).toString()},
                               {QStringLiteral("anchor"), q.value(2).toString()}};
        });
    if (!rows)
        return rows.error();
    QJsonArray out;
    for (const QJsonObject &o : rows.value())
        out.append(o);
    return out;
}

Result<ScanCandidates> ScanEvaluator::linkCandidates(qint64 scanId) const
{
    struct Row
    {
        qint64 id;
        QString url, kind, error, detail, redirects;
        int status, sourceCount, depth;
        bool soft404;
    };
    auto rows = m_db.selectAll(
        QStringLiteral(
            "SELECT id, url, kind, status, error, error_detail, redirects, source_count, soft404, depth "
            "FROM scan_urls WHERE scan_id = ? AND (state = 'failed' OR soft404 = 1) ORDER BY id"),
        {scanId}, [](const QSqlQuery &q) {
            return Row{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(4).toString(),   q.value(5).toString(), q.value(6).toString(),
                       q.value(3).toInt(),      q.value(7).toInt(),    q.value(9).toInt(),
                       q.value(8).toBool()};
        });
    if (!rows)
        return rows.error();
    ScanCandidates out;
    for (const Row &r : rows.value()) {
        auto sources = sourcesOf(r.id);
        if (!sources)
            return sources.error();
        QString checkId = QStringLiteral("link.broken");
        QString message;
        if (r.error == QLatin1String("redirect_loop") || r.error == QLatin1String("too_many_redirects")) {
            checkId = QStringLiteral("link.redirect_loop");
            message = brokenLinkMessage(r.error, r.status, r.detail);
        } else if (r.soft404) {
            checkId = QStringLiteral("link.soft404");
            message = tr("The link opens a page that says it does not exist (HTTP %1).").arg(r.status);
        } else {
            message = brokenLinkMessage(r.error, r.status, r.detail);
        }
        if (r.depth == 0)
            message = tr("The start page cannot be opened: %1").arg(message);
        ScanCandidate c = ScanCandidate::make(checkId, r.url, message);
        const QJsonArray list = sources.value();
        c.sourceUrl =
            list.isEmpty() ? QString() : list.first().toObject().value(QLatin1String("page")).toString();
        c.text = list.isEmpty() ? r.url : list.first().toObject().value(QLatin1String("anchor")).toString();
        c.detail = QJsonObject{{QStringLiteral("kind"), r.kind},
                               {QStringLiteral("status"), r.status},
                               {QStringLiteral("error"), r.error},
                               {QStringLiteral("errorDetail"), r.detail},
                               {QStringLiteral("redirects"), QJsonArray::fromStringList(r.redirects.split(
                                                                 QLatin1Char('\n'), Qt::SkipEmptyParts))},
                               {QStringLiteral("sourceCount"), qMax(r.sourceCount, int(list.size()))},
                               {QStringLiteral("sources"), list}};
        out.append(c);
    }
    return out;
}

Result<QJsonObject> ScanEvaluator::evaluate(const ScanRecord &scan, bool partial) const
{
    const QDate today = scan.inspectionDate.isValid() ? scan.inspectionDate : QDate::currentDate();
    ScanRepository repository(m_db);
    // What an inspector already decided stays; everything open is judged afresh.
    auto existing = repository.candidates(scan.id);
    if (!existing)
        return existing.error();
    QSet<QString> decided;
    for (const ScanCandidate &c : existing.value()) {
        if (c.state != ScanCandidate::State::Open)
            decided.insert(c.checkId + QLatin1Char('\n') + c.url + QLatin1Char('\n') + c.text);
    }

    auto links = linkCandidates(scan.id);
    if (!links)
        return links.error();
    ScanCandidates all = links.value();

    // One pass over the facts every page left: page-check hits, columns, messages.
    ColumnAggregator columns;
    auto stock = StockReplies::bundled();
    MessageAggregator messages(stock ? stock.value() : StockReplies());
    QHash<QString, MergedHit> hits;
    QStringList hitOrder;
    int pagesRead = 0;
    {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(
            QStringLiteral("SELECT url, facts, depth FROM scan_urls WHERE scan_id = ? AND kind = 'page' "
                           "AND state = 'done' ORDER BY id"));
        q.addBindValue(scan.id);
        if (!q.exec())
            return Error{tr("The scan results could not be read."), q.lastError().text()};
        while (q.next()) {
            ++pagesRead;
            const QString url = q.value(0).toString();
            const QString text = q.value(1).toString();
            const bool home = q.value(2).toInt() == 0;
            const QJsonObject facts =
                text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(text.toUtf8()).object();
            columns.addPage(url, ColumnPageFacts::fromJson(facts.value(QLatin1String("c")).toObject()), home);
            if (facts.contains(QLatin1String("m")))
                messages.addPage(url, MessagePageFacts::fromJson(facts.value(QLatin1String("m")).toObject()));
            for (const QJsonValue &v : facts.value(QLatin1String("k")).toArray()) {
                const QJsonObject o = v.toObject();
                const QString checkId = o.value(QLatin1String("id")).toString();
                const QString hitText = o.value(QLatin1String("t")).toString();
                const QString key = hitKey(checkId, hitText);
                auto it = hits.find(key);
                if (it == hits.end()) {
                    MergedHit hit;
                    hit.candidate = ScanCandidate::make(checkId, url, o.value(QLatin1String("m")).toString());
                    hit.candidate.sourceUrl = url;
                    hit.candidate.text = hitText;
                    hit.candidate.detail =
                        QJsonObject{{QStringLiteral("suggestion"), o.value(QLatin1String("s"))},
                                    {QStringLiteral("context"), o.value(QLatin1String("x"))},
                                    {QStringLiteral("selector"), o.value(QLatin1String("sel"))}};
                    it = hits.insert(key, hit);
                    hitOrder.append(key);
                }
                if (it->pageList.isEmpty() || it->pageList.last().toString() != url) {
                    ++it->pages;
                    if (it->pageList.size() < MaxPagesListed)
                        it->pageList.append(url);
                }
            }
        }
    }
    for (const QString &key : hitOrder) {
        MergedHit &hit = hits[key];
        hit.candidate.detail.insert(QStringLiteral("pageCount"), hit.pages);
        hit.candidate.detail.insert(QStringLiteral("pages"), hit.pageList);
        all.append(hit.candidate);
    }

    QHash<QString, ColumnClass> classes;
    if (scan.siteId > 0) {
        auto stored = ColumnClassRepository(m_db).classesFor(scan.siteId);
        if (!stored)
            return stored.error();
        classes = stored.value();
    }
    const ColumnAggregator::Evaluation columnResult = columns.evaluate(today, scan.rules, classes);
    all.append(columnResult.candidates);
    // The office's own holiday table (a copy in the data folder, next to the database) wins, as it
    // does for notice deadlines.
    auto calendar = WorkingCalendar::forDataDirectory(
        m_db.path().isEmpty() ? QString() : QFileInfo(m_db.path()).absolutePath());
    const MessageAggregator::Evaluation messageResult =
        messages.evaluate(today, scan.rules, calendar ? calendar.value() : WorkingCalendar());
    all.append(messageResult.candidates);

    QJsonObject veto = columnResult.veto;
    if (!messageResult.veto.isEmpty())
        veto.insert(QStringLiteral("W-V5"), messageResult.veto);
    if (scan.siteId > 0) {
        const QDateTime end = AvailabilityReport::endOfDay(today);
        auto probes = ProbeRepository(m_db).resultsFor(scan.siteId,
                                                       end.addDays(-scan.rules.availabilityWindowDays), end);
        if (probes && !probes.value().isEmpty()) {
            const AvailabilityReport report(probes.value(), end, scan.rules);
            all.append(report.candidates());
            veto.insert(QStringLiteral("W-V2"), report.toJson());
        }
    }

    // The same problem found twice (a future date seen by the page check and on a column list)
    // is proposed once.
    ScanCandidates unique;
    QSet<QString> seen = decided;
    for (const ScanCandidate &c : all) {
        const QString key = c.checkId + QLatin1Char('\n') + c.url + QLatin1Char('\n') + c.text;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        unique.append(c);
    }
    QStringList ids;
    for (const CheckCatalogue::Entry &e : CheckCatalogue::entries())
        ids.append(QLatin1String(e.id));
    if (const Status s = repository.clearCandidates(scan.id, ids); !s)
        return s.error();
    if (const Status s = repository.addCandidates(scan.id, unique); !s)
        return s.error();

    QJsonObject byCheck;
    for (const ScanCandidate &c : unique)
        byCheck.insert(c.checkId, byCheck.value(c.checkId).toInt() + 1);
    QJsonObject counts;
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "SELECT kind, state, count(*) FROM scan_urls WHERE scan_id = ? GROUP BY kind, state"));
        q.addBindValue(scan.id);
        if (q.exec()) {
            while (q.next())
                counts.insert(q.value(0).toString() + QLatin1Char('.') + q.value(1).toString(),
                              q.value(2).toInt());
        }
    }
    return QJsonObject{{QStringLiteral("partial"), partial},
                       {QStringLiteral("pagesRead"), pagesRead},
                       {QStringLiteral("columns"), int(columnResult.columns.size())},
                       {QStringLiteral("messages"), messageResult.messages},
                       {QStringLiteral("addresses"), counts},
                       {QStringLiteral("candidates"), byCheck},
                       {QStringLiteral("veto"), veto},
                       {QStringLiteral("elapsedMs"), double(scan.elapsedMs)}};
}

} // namespace xj
