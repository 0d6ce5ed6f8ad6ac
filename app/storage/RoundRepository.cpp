// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/RoundRepository.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace xj {

namespace {

const QString SelectRound = QStringLiteral(
    "SELECT id, name, kind, period, period_start, period_end, inspection_date, team, website_template_id, "
    "newmedia_template_id, created_at, coalesce(source_round_id, 0) FROM rounds");

Round readRound(const QSqlQuery &q)
{
    Round r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.kind = RoundKinds.fromCode(q.value(2).toString()).value_or(RoundKind::Quarterly);
    r.period = q.value(3).toString();
    r.periodStart = fromDbDate(q.value(4));
    r.periodEnd = fromDbDate(q.value(5));
    r.inspectionDate = fromDbDate(q.value(6));
    r.team = q.value(7).toString();
    r.websiteTemplateId = q.value(8).toLongLong();
    r.newMediaTemplateId = q.value(9).toLongLong();
    r.createdAt = fromDbTime(q.value(10));
    r.sourceRoundId = q.value(11).toLongLong();
    return r;
}

// Each unit and item once, in a stable order, so that a round reads back as it was written.
QList<qint64> normalizedUnits(const QList<qint64> &unitIds)
{
    QList<qint64> ids;
    for (qint64 id : unitIds) {
        if (id > 0 && !ids.contains(id))
            ids.append(id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QStringList normalizedItems(const QStringList &itemCodes)
{
    QStringList codes;
    for (const QString &code : itemCodes) {
        if (!code.trimmed().isEmpty() && !codes.contains(code.trimmed()))
            codes.append(code.trimmed());
    }
    std::sort(codes.begin(), codes.end());
    return codes;
}

QVariantList fieldValues(const Round &r)
{
    return {r.name.trimmed(),         RoundKinds.code(r.kind),       r.period.trimmed(),
            toDbDate(r.periodStart),  toDbDate(r.periodEnd),         toDbDate(r.inspectionDate),
            r.team.trimmed(),         idOrNull(r.websiteTemplateId), idOrNull(r.newMediaTemplateId),
            idOrNull(r.sourceRoundId)};
}

} // namespace

RoundRepository::RoundRepository(const Database &database)
    : m_db(database)
{}

Result<QList<Round>> RoundRepository::all() const
{
    auto rounds = m_db.selectAll(SelectRound + QStringLiteral(" ORDER BY inspection_date DESC, id DESC"), {},
                                 readRound);
    if (!rounds)
        return rounds;
    if (Status s = loadScope(rounds.value()); !s)
        return s.error();
    return rounds;
}

Result<Round> RoundRepository::get(qint64 id) const
{
    auto round = m_db.selectOne(SelectRound + QStringLiteral(" WHERE id = ?"), {id}, readRound,
                                tr("The inspection round no longer exists."));
    if (!round)
        return round;
    QList<Round> one{round.value()};
    if (Status s = loadScope(one); !s)
        return s.error();
    return one.first();
}

Status RoundRepository::loadScope(QList<Round> &rounds) const
{
    if (rounds.isEmpty())
        return Status::success();
    QHash<qint64, Round *> byId;
    for (Round &r : rounds)
        byId.insert(r.id, &r);
    // One round: only its rows; the whole list: both tables once rather than a query per round.
    const bool one = rounds.size() == 1;
    const QString where = one ? QStringLiteral(" WHERE round_id = ?") : QString();
    const QVariantList params = one ? QVariantList{rounds.first().id} : QVariantList{};
    auto units = m_db.exec(QStringLiteral("SELECT round_id, unit_id FROM round_units") + where +
                               QStringLiteral(" ORDER BY round_id, unit_id"),
                           params);
    if (!units)
        return units.error();
    while (units.value().next()) {
        if (Round *r = byId.value(units.value().value(0).toLongLong()))
            r->unitIds.append(units.value().value(1).toLongLong());
    }
    auto items = m_db.exec(QStringLiteral("SELECT round_id, item_code FROM round_items") + where +
                               QStringLiteral(" ORDER BY round_id, item_code"),
                           params);
    if (!items)
        return items.error();
    while (items.value().next()) {
        if (Round *r = byId.value(items.value().value(0).toLongLong()))
            r->itemCodes.append(items.value().value(1).toString());
    }
    return Status::success();
}

Status RoundRepository::validate(const Round &round) const
{
    if (round.name.trimmed().isEmpty())
        return Error{tr("An inspection round needs a name."), {}};
    if (!round.inspectionDate.isValid())
        return Error{tr("An inspection round needs its inspection date (监测时间点)."), {}};
    if (round.periodStart.isValid() && round.periodEnd.isValid() && round.periodEnd < round.periodStart)
        return Error{tr("The period of the round ends before it starts."), {}};
    if (round.websiteTemplateId <= 0 && round.newMediaTemplateId <= 0)
        return Error{tr("Choose at least one checklist for the round."), {}};
    const QList<qint64> units = normalizedUnits(round.unitIds);
    switch (round.kind) {
    case RoundKind::Quarterly:
        break;
    case RoundKind::SelfCheck:
        if (units.size() != 1)
            return Error{
                tr("A self-check covers exactly one unit, the one that checks itself; choose one unit."), {}};
        break;
    case RoundKind::PeerCheck:
        if (round.team.trimmed().isEmpty())
            return Error{tr("A peer check needs the name of the team that checks; enter the team."), {}};
        if (units.isEmpty())
            return Error{tr("A peer check covers the units assigned to the team; choose at least one unit."),
                         {}};
        break;
    case RoundKind::Special:
        if (normalizedItems(round.itemCodes).isEmpty())
            return Error{
                tr("A special check judges its own set of checklist items; choose at least one item."), {}};
        break;
    case RoundKind::Recheck:
        if (round.sourceRoundId <= 0)
            return Error{tr("A re-check needs the round whose open findings it re-checks; choose the source "
                            "round."),
                         {}};
        break;
    }
    return validateScope(round);
}

// The parts of the check that need the database: the source round, the units, the items.
Status RoundRepository::validateScope(const Round &round) const
{
    if (round.sourceRoundId > 0) {
        if (round.sourceRoundId == round.id)
            return Error{tr("A round cannot continue itself; choose an earlier round as its source."), {}};
        auto source =
            m_db.selectOne(SelectRound + QStringLiteral(" WHERE id = ?"), {round.sourceRoundId}, readRound,
                           tr("The source round no longer exists; choose another source round."));
        if (!source)
            return source.error();
        // Only an earlier round: a later one could name this one back and the rounds would go in circles.
        if ((round.id > 0 && source.value().id > round.id) ||
            source.value().inspectionDate > round.inspectionDate)
            return Error{
                tr("The source round \"%1\" (inspected %2) is not earlier than this round; choose an "
                   "earlier round.")
                    .arg(source.value().name, source.value().inspectionDate.toString(Qt::ISODate)),
                {}};
    }
    const QList<qint64> units = normalizedUnits(round.unitIds);
    for (qint64 unitId : units) {
        auto found = m_db.selectOne(
            QStringLiteral("SELECT id FROM units WHERE id = ?"), {unitId},
            [](const QSqlQuery &) { return true; },
            tr("One of the chosen units is no longer in the registry; reload the units and choose again."));
        if (!found)
            return found.error();
    }
    QStringList missing;
    for (const QString &code : normalizedItems(round.itemCodes)) {
        auto q = m_db.exec(
            QStringLiteral("SELECT 1 FROM checklist_items WHERE template_id IN (?, ?) AND code = ?"),
            {idOrNull(round.websiteTemplateId), idOrNull(round.newMediaTemplateId), code});
        if (!q)
            return q.error();
        if (!q.value().next())
            missing.append(code);
    }
    if (!missing.isEmpty())
        return Error{tr("The checklists of this round have no item %1; choose items of the chosen checklist.")
                         .arg(missing.join(QStringLiteral(", "))),
                     {}};
    return Status::success();
}

Status RoundRepository::writeScope(qint64 roundId, const Round &round) const
{
    for (const char *table : {"round_units", "round_items"}) {
        if (auto q = m_db.exec(QStringLiteral("DELETE FROM %1 WHERE round_id = ?").arg(QLatin1String(table)),
                               {roundId});
            !q)
            return q.error();
    }
    for (qint64 unitId : normalizedUnits(round.unitIds)) {
        if (auto q = m_db.exec(QStringLiteral("INSERT INTO round_units (round_id, unit_id) VALUES (?, ?)"),
                               {roundId, unitId});
            !q)
            return q.error();
    }
    for (const QString &code : normalizedItems(round.itemCodes)) {
        if (auto q = m_db.exec(QStringLiteral("INSERT INTO round_items (round_id, item_code) VALUES (?, ?)"),
                               {roundId, code});
            !q)
            return q.error();
    }
    return Status::success();
}

Result<qint64> RoundRepository::create(const Round &round) const
{
    if (Status s = validate(round); !s)
        return s.error();
    return withTransaction(m_db, [&]() -> Result<qint64> {
        auto q = m_db.exec(QStringLiteral("INSERT INTO rounds (name, kind, period, period_start, period_end, "
                                          "inspection_date, team, website_template_id, newmedia_template_id, "
                                          "source_round_id) VALUES (?,?,?,?,?,?,?,?,?,?)"),
                           fieldValues(round));
        if (!q)
            return q.error();
        const qint64 id = q.value().lastInsertId().toLongLong();
        if (Status s = writeScope(id, round); !s)
            return s.error();
        return id;
    });
}

Status RoundRepository::update(const Round &round) const
{
    if (Status s = validate(round); !s)
        return s;
    return withTransaction(m_db, [&]() -> Status {
        QVariantList values = fieldValues(round);
        values << round.id;
        auto q = m_db.exec(
            QStringLiteral("UPDATE rounds SET name = ?, kind = ?, period = ?, period_start = ?, "
                           "period_end = ?, inspection_date = ?, team = ?, website_template_id = ?, "
                           "newmedia_template_id = ?, source_round_id = ? WHERE id = ?"),
            values);
        if (!q)
            return q.error();
        if (q.value().numRowsAffected() == 0)
            return Error{tr("The inspection round no longer exists."), {}};
        return writeScope(round.id, round);
    });
}

Status RoundRepository::remove(qint64 id) const
{
    return withTransaction(m_db, [&]() -> Status {
        auto later = m_db.selectOne(
            QStringLiteral("SELECT count(*) FROM rounds WHERE source_round_id = ?"), {id},
            [](const QSqlQuery &q) { return q.value(0).toInt(); }, QString());
        if (!later)
            return later.error();
        if (later.value() > 0)
            return Error{
                tr("A later round continues this one (re-check or carried-forward findings); delete that "
                   "round first."),
                {}};
        auto count = m_db.exec(QStringLiteral("SELECT (SELECT count(*) FROM verdicts WHERE round_id = ?) + "
                                              "(SELECT count(*) FROM findings WHERE round_id = ?) + "
                                              "(SELECT count(*) FROM account_records WHERE round_id = ?)"),
                               {id, id, id});
        if (!count)
            return count.error();
        count.value().next();
        if (const int n = count.value().value(0).toInt(); n > 0)
            return Error{
                tr("This round already has %n verdict(s) and finding(s); it cannot be deleted.", nullptr, n),
                {}};
        if (auto q = m_db.exec(QStringLiteral("DELETE FROM rounds WHERE id = ?"), {id}); !q)
            return q.error();
        return Status::success();
    });
}

} // namespace xj
