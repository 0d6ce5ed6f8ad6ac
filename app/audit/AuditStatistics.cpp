// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditStatistics.h"

#include "audit/AuditLocalFindings.h"
#include "audit/AuditRepository.h"
#include "matching/FindingMatcher.h"
#include "matching/FindingSubject.h"
#include "storage/Database.h"

#include <QHash>
#include <QMap>
#include <QPair>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <optional>

namespace xj {

namespace {

using VerdictPairs = QList<QPair<QString, QString>>;

/// Everything one side said about the round, by site.
struct Side
{
    QString team;
    QHash<qint64, QList<Finding>> findings;
    QHash<qint64, QMap<QString, QString>> verdicts; ///< site → item code → verdict code
    QSet<qint64> sites;
};

/// Counts of one pair of sides, or of one item pooled over every pair.
struct Tally
{
    QSet<QString> sites; ///< "left|right|site": a site counts once per pair of sides
    VerdictPairs verdicts;
    int matched = 0;
    int onlyLeft = 0;
    int onlyRight = 0;
};

QString itemKey(const QString &code)
{
    return code.trimmed().toUpper();
}

Result<Side> loadSide(const Database &database, qint64 roundId, const AuditSource &source)
{
    Side side;
    side.team = source.team;
    const AuditRepository repository(database);
    auto findings = repository.findings(roundId, source.importId);
    if (!findings)
        return findings.error();
    if (source.isLocal()) {
        findings = AuditLocalFindings::asJudged(database, roundId, 0, findings.value());
        if (!findings)
            return findings.error();
    }
    for (const Finding &f : findings.value()) {
        side.findings[f.siteId].append(f);
        side.sites.insert(f.siteId);
    }
    auto verdicts = repository.verdicts(roundId, 0, source.importId);
    if (!verdicts)
        return verdicts.error();
    for (const Verdict &v : verdicts.value()) {
        if (itemKey(v.itemCode).isEmpty())
            continue;
        side.verdicts[v.siteId].insert(itemKey(v.itemCode), VerdictValues.code(v.value));
        side.sites.insert(v.siteId);
    }
    return side;
}

AuditStatistics::Row rowOf(const Tally &tally)
{
    AuditStatistics::Row row;
    row.sites = int(tally.sites.size());
    row.agreement = RaterAgreement::of(tally.verdicts);
    row.matchedFindings = tally.matched;
    row.onlyLeft = tally.onlyLeft;
    row.onlyRight = tally.onlyRight;
    return row;
}

struct Collector
{
    AuditStatistics &stats;
    QHash<qint64, QString> siteNames;
    QMap<QString, Tally> perItem; ///< by normalised item code

    /// Compares two sides on the given sites and adds a per-team row.
    void comparePair(const Side &left, const Side &right, const QList<qint64> &sites)
    {
        if (sites.isEmpty())
            return;
        Tally pair;
        const QString pairKey = left.team + QLatin1Char('|') + right.team + QLatin1Char('|');
        for (qint64 siteId : sites) {
            const QString siteKey = pairKey + QString::number(siteId);
            pair.sites.insert(siteKey);
            const QMap<QString, QString> leftVerdicts = left.verdicts.value(siteId);
            const QMap<QString, QString> rightVerdicts = right.verdicts.value(siteId);
            for (auto it = leftVerdicts.cbegin(); it != leftVerdicts.cend(); ++it) {
                const auto other = rightVerdicts.constFind(it.key());
                if (other == rightVerdicts.cend())
                    continue;
                pair.verdicts.append({it.value(), other.value()});
                Tally &item = perItem[it.key()];
                item.verdicts.append({it.value(), other.value()});
                item.sites.insert(siteKey);
            }
            compareFindings(left, right, siteId, siteKey, pair);
        }
        AuditStatistics::Row row = rowOf(pair);
        row.leftTeam = left.team;
        row.rightTeam = right.team;
        stats.perTeam.append(row);
    }

    void compareFindings(const Side &left, const Side &right, qint64 siteId, const QString &siteKey,
                         Tally &pair)
    {
        const QList<Finding> l = left.findings.value(siteId);
        const QList<Finding> r = right.findings.value(siteId);
        const FindingMatcher::Matching m =
            FindingMatcher::match(FindingSubject::of(l), FindingSubject::of(r));
        pair.matched += int(m.pairs.size());
        pair.onlyLeft += int(m.unmatchedLeft.size());
        pair.onlyRight += int(m.unmatchedRight.size());
        for (const FindingMatcher::Pair &p : m.pairs) {
            Tally &item = perItem[itemKey(l.at(p.left).itemCode)];
            ++item.matched;
            item.sites.insert(siteKey);
        }
        const auto unmatched = [&](const QList<int> &indices, const QList<Finding> &findings,
                                   const Side &seen, const Side &other, bool onLeft) {
            for (int index : indices) {
                const Finding &f = findings.at(index);
                Tally &item = perItem[itemKey(f.itemCode)];
                ++(onLeft ? item.onlyLeft : item.onlyRight);
                item.sites.insert(siteKey);
                stats.unmatched.append(
                    {siteNames.value(siteId), seen.team, other.team, f.itemCode, f.url, f.description});
            }
        };
        unmatched(m.unmatchedLeft, l, left, right, true);
        unmatched(m.unmatchedRight, r, right, left, false);
    }
};

QList<qint64> sharedSites(const Side &a, const Side &b, const QSet<qint64> &excluded = {})
{
    QList<qint64> sites;
    for (qint64 id : a.sites) {
        if (b.sites.contains(id) && !excluded.contains(id))
            sites.append(id);
    }
    std::sort(sites.begin(), sites.end());
    return sites;
}

} // namespace

Result<AuditStatistics> AuditStatisticsBuilder::build(const Database &database, qint64 roundId)
{
    AuditStatistics stats;
    stats.roundId = roundId;
    auto name = database.selectOne(
        QStringLiteral("SELECT name FROM rounds WHERE id = ?"), {roundId},
        [](const QSqlQuery &q) { return q.value(0).toString(); },
        tr("The inspection round no longer exists."));
    if (!name)
        return name.error();
    stats.roundName = name.value();

    const AuditRepository repository(database);
    auto sources = repository.sources(roundId);
    if (!sources)
        return sources.error();
    std::optional<Side> local;
    QList<Side> teams;
    for (const AuditSource &source : sources.value()) {
        auto side = loadSide(database, roundId, source);
        if (!side)
            return side.error();
        if (source.isLocal())
            local = side.value();
        else
            teams.append(side.value());
    }
    if (teams.isEmpty())
        return stats; // no team has sent a result: nothing to compare

    auto sites = database.selectAll(QStringLiteral("SELECT id, name FROM sites"), {}, [](const QSqlQuery &q) {
        return qMakePair(q.value(0).toLongLong(), q.value(1).toString());
    });
    if (!sites)
        return sites.error();
    Collector collector{stats, {}, {}};
    for (const auto &[id, siteName] : sites.value())
        collector.siteNames.insert(id, siteName);

    // Each team against this office's own results; on the sites the office did not judge, the teams
    // against each other, so a site only teams saw still says how far they agree.
    const QSet<qint64> localSites = local ? local->sites : QSet<qint64>();
    for (const Side &team : std::as_const(teams)) {
        if (local)
            collector.comparePair(*local, team, sharedSites(*local, team));
    }
    for (qsizetype i = 0; i < teams.size(); ++i) {
        for (qsizetype j = i + 1; j < teams.size(); ++j)
            collector.comparePair(teams.at(i), teams.at(j),
                                  sharedSites(teams.at(i), teams.at(j), localSites));
    }

    auto items = database.selectAll(
        QStringLiteral("SELECT ci.code, ci.title FROM checklist_items ci JOIN rounds r "
                       "ON ci.template_id IN (r.website_template_id, r.newmedia_template_id) "
                       "WHERE r.id = ? ORDER BY ci.template_id = r.website_template_id DESC, ci.sort_order"),
        {roundId},
        [](const QSqlQuery &q) { return qMakePair(q.value(0).toString(), q.value(1).toString()); });
    if (!items)
        return items.error();
    QStringList order; // the checklist's order; items it does not know come after, by code
    QHash<QString, QPair<QString, QString>> titles;
    for (const auto &[code, title] : items.value()) {
        if (!titles.contains(itemKey(code))) {
            titles.insert(itemKey(code), {code, title});
            order.append(itemKey(code));
        }
    }
    QStringList keys = collector.perItem.keys();
    std::stable_sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
        const qsizetype ia = order.indexOf(a);
        const qsizetype ib = order.indexOf(b);
        return (ia < 0 ? order.size() : ia) < (ib < 0 ? order.size() : ib);
    });
    for (const QString &key : std::as_const(keys)) {
        if (key.isEmpty())
            continue; // findings not yet assigned to an item count per team only
        AuditStatistics::Row row = rowOf(collector.perItem.value(key));
        row.itemCode = titles.contains(key) ? titles.value(key).first : key;
        row.itemTitle = titles.value(key).second;
        stats.perItem.append(row);
    }
    return stats;
}

QString AuditStatisticsBuilder::percentText(double share)
{
    return QString::number(share * 100, 'f', 1) + QLatin1Char('%');
}

QString AuditStatisticsBuilder::kappaText(const RaterAgreement &agreement)
{
    if (!agreement.kappa)
        return QStringLiteral("—");
    // No "-0.000": a kappa that rounds to zero reads as zero.
    const double kappa = std::abs(*agreement.kappa) < 0.0005 ? 0.0 : *agreement.kappa;
    return QString::number(kappa, 'f', 3);
}

} // namespace xj
