// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/FindingRepository.h"

#include "storage/ChecklistRepository.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace xj {

namespace {

const QString SelectFinding =
    QStringLiteral("SELECT f.id, f.site_id, f.round_id, coalesce(ci.code, ''), f.url, f.page_title, "
                   "f.description, f.severity, "
                   "f.state, f.inspector, f.found_at, f.created_at, f.updated_at FROM findings f "
                   "LEFT JOIN checklist_items ci ON ci.id = f.item_id");

Finding readFinding(const QSqlQuery &q)
{
    Finding f;
    f.id = q.value(0).toLongLong();
    f.siteId = q.value(1).toLongLong();
    f.roundId = q.value(2).toLongLong();
    f.itemCode = q.value(3).toString();
    f.url = q.value(4).toString();
    f.pageTitle = q.value(5).toString();
    f.description = q.value(6).toString();
    f.severity = FindingSeverities.fromCode(q.value(7).toString()).value_or(FindingSeverity::Deduction);
    f.state = FindingStates.fromCode(q.value(8).toString()).value_or(FindingState::Confirmed);
    f.inspector = q.value(9).toString();
    f.foundAt = fromDbTime(q.value(10));
    f.createdAt = fromDbTime(q.value(11));
    f.updatedAt = fromDbTime(q.value(12));
    return f;
}

Status validate(const Finding &f)
{
    if (f.description.trimmed().isEmpty())
        return Error{FindingRepository::tr("Describe the problem before saving the finding."), {}};
    if (f.siteId <= 0 || f.roundId <= 0)
        return Error{
            FindingRepository::tr("A finding belongs to a site and an inspection round; choose both."), {}};
    return Status::success();
}

} // namespace

FindingRepository::FindingRepository(const Database &database)
    : m_db(database)
{}

Result<QList<Finding>> FindingRepository::list(const FindingFilter &filter) const
{
    QString sql = SelectFinding + QStringLiteral(" WHERE 1 = 1");
    QVariantList params;
    if (filter.roundId > 0) {
        sql += QStringLiteral(" AND f.round_id = ?");
        params << filter.roundId;
    }
    if (filter.siteId > 0) {
        sql += QStringLiteral(" AND f.site_id = ?");
        params << filter.siteId;
    }
    sql += QStringLiteral(" ORDER BY f.found_at DESC, f.id DESC");
    return m_db.selectAll(sql, params, readFinding);
}

Result<Finding> FindingRepository::get(qint64 id) const
{
    return m_db.selectOne(SelectFinding + QStringLiteral(" WHERE f.id = ?"), {id}, readFinding,
                          tr("The finding no longer exists."));
}

Result<QVariant> FindingRepository::itemIdOf(const Finding &finding) const
{
    if (finding.itemCode.isEmpty())
        return idOrNull(0);
    auto id = ChecklistRepository(m_db).itemIdFor(finding.roundId, finding.siteId, finding.itemCode);
    if (!id)
        return id.error();
    return QVariant(id.value());
}

Result<qint64> FindingRepository::create(const Finding &finding) const
{
    if (Status s = validate(finding); !s)
        return s.error();
    return withTransaction(m_db, [&]() -> Result<qint64> {
        auto itemId = itemIdOf(finding);
        if (!itemId)
            return itemId.error();
        const QDateTime foundAt =
            finding.foundAt.isValid() ? finding.foundAt : QDateTime::currentDateTimeUtc();
        auto q =
            m_db.exec(QStringLiteral("INSERT INTO findings (site_id, round_id, item_id, url, page_title, "
                                     "description, severity, state, inspector, found_at) "
                                     "VALUES (?,?,?,?,?,?,?,?,?,?)"),
                      {finding.siteId, finding.roundId, itemId.value(), finding.url.trimmed(),
                       finding.pageTitle.trimmed(), finding.description.trimmed(),
                       FindingSeverities.code(finding.severity), FindingStates.code(finding.state),
                       finding.inspector.trimmed(), toDbTime(foundAt)});
        if (!q)
            return q.error();
        return q.value().lastInsertId().toLongLong();
    });
}

Status FindingRepository::update(const Finding &finding) const
{
    if (Status s = validate(finding); !s)
        return s;
    return withTransaction(m_db, [&]() -> Status {
        auto itemId = itemIdOf(finding);
        if (!itemId)
            return itemId.error();
        auto q = m_db.exec(
            QStringLiteral("UPDATE findings SET item_id = ?, url = ?, page_title = ?, description = ?, "
                           "severity = ?, state = ?, inspector = ?, updated_at = ? WHERE id = ?"),
            {itemId.value(), finding.url.trimmed(), finding.pageTitle.trimmed(),
             finding.description.trimmed(), FindingSeverities.code(finding.severity),
             FindingStates.code(finding.state), finding.inspector.trimmed(), nowDbTime(), finding.id});
        if (!q)
            return q.error();
        if (q.value().numRowsAffected() == 0)
            return Error{tr("The finding no longer exists."), {}};
        return Status::success();
    });
}

Status FindingRepository::remove(qint64 id) const
{
    return withTransaction(m_db, [&]() -> Status {
        auto q = m_db.exec(QStringLiteral("DELETE FROM findings WHERE id = ?"), {id});
        if (!q)
            return q.error();
        return Status::success();
    });
}

} // namespace xj
