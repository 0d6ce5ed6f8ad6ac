// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/RoundRepository.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace xj {

namespace {

const QString SelectRound = QStringLiteral(
    "SELECT id, name, kind, period, period_start, period_end, inspection_date, team, website_template_id, "
    "newmedia_template_id, created_at FROM rounds");

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
    return r;
}

QVariantList fieldValues(const Round &r)
{
    return {r.name.trimmed(),        RoundKinds.code(r.kind),       r.period.trimmed(),
            toDbDate(r.periodStart), toDbDate(r.periodEnd),         toDbDate(r.inspectionDate),
            r.team.trimmed(),        idOrNull(r.websiteTemplateId), idOrNull(r.newMediaTemplateId)};
}

} // namespace

RoundRepository::RoundRepository(const Database &database)
    : m_db(database)
{}

Result<QList<Round>> RoundRepository::all() const
{
    return m_db.selectAll(SelectRound + QStringLiteral(" ORDER BY inspection_date DESC, id DESC"), {},
                          readRound);
}

Result<Round> RoundRepository::get(qint64 id) const
{
    return m_db.selectOne(SelectRound + QStringLiteral(" WHERE id = ?"), {id}, readRound,
                          tr("The inspection round no longer exists."));
}

Status RoundRepository::validate(const Round &round)
{
    if (round.name.trimmed().isEmpty())
        return Error{tr("An inspection round needs a name."), {}};
    if (!round.inspectionDate.isValid())
        return Error{tr("An inspection round needs its inspection date (监测时间点)."), {}};
    if (round.periodStart.isValid() && round.periodEnd.isValid() && round.periodEnd < round.periodStart)
        return Error{tr("The period of the round ends before it starts."), {}};
    if (round.websiteTemplateId <= 0 && round.newMediaTemplateId <= 0)
        return Error{tr("Choose at least one checklist for the round."), {}};
    return Status::success();
}

Result<qint64> RoundRepository::create(const Round &round) const
{
    if (Status s = validate(round); !s)
        return s.error();
    return withTransaction(m_db, [&]() -> Result<qint64> {
        auto q = m_db.exec(QStringLiteral("INSERT INTO rounds (name, kind, period, period_start, period_end, "
                                          "inspection_date, team, website_template_id, newmedia_template_id) "
                                          "VALUES (?,?,?,?,?,?,?,?,?)"),
                           fieldValues(round));
        if (!q)
            return q.error();
        return q.value().lastInsertId().toLongLong();
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
                           "newmedia_template_id = ? WHERE id = ?"),
            values);
        if (!q)
            return q.error();
        return Status::success();
    });
}

Status RoundRepository::remove(qint64 id) const
{
    return withTransaction(m_db, [&]() -> Status {
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
