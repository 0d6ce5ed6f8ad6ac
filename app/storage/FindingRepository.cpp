// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/FindingRepository.h"

#include "model/FindingStateMachine.h"
#include "storage/ChecklistRepository.h"
#include "storage/Database.h"
#include "storage/FindingHistoryRepository.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace xj {

namespace {

const QString SelectFinding = QStringLiteral(
    "SELECT f.id, f.site_id, f.round_id, coalesce(ci.code, ''), f.url, f.page_title, "
    "f.description, f.severity, "
    "f.state, f.inspector, f.found_at, f.created_at, f.updated_at, f.element_selector, "
    "f.element_text, f.element_box, f.check_id, coalesce(f.origin_finding_id, 0) FROM findings f "
    "LEFT JOIN checklist_items ci ON ci.id = f.item_id");

} // namespace

Finding FindingRepository::fromRow(const QSqlQuery &q)
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
    f.elementSelector = q.value(13).toString();
    f.elementText = q.value(14).toString();
    f.elementBox = FindingRepository::boxFromText(q.value(15).toString());
    f.checkId = q.value(16).toString();
    f.originFindingId = q.value(17).toLongLong();
    return f;
}

namespace {

Status validate(const Finding &f)
{
    if (f.description.trimmed().isEmpty())
        return Error{FindingRepository::tr("Describe the problem before saving the finding."), {}};
    if (f.siteId <= 0 || f.roundId <= 0)
        return Error{
            FindingRepository::tr("A finding belongs to a site and an inspection round; choose both."), {}};
    return Status::success();
}

/// The fields whose changes the history records, as (field, old, new) in words a reader of the
/// history understands (codes for enums, so the view can translate them).
QList<FindingChange> changesBetween(const Finding &before, const Finding &after)
{
    QList<FindingChange> changes;
    const auto add = [&](const char *field, const QString &oldValue, const QString &newValue) {
        if (oldValue.trimmed() != newValue.trimmed())
            changes.append({0,
                            after.id,
                            {},
                            {},
                            QString::fromLatin1(field),
                            oldValue.trimmed(),
                            newValue.trimmed(),
                            {}});
    };
    add("state", FindingStates.code(before.state), FindingStates.code(after.state));
    add("severity", FindingSeverities.code(before.severity), FindingSeverities.code(after.severity));
    add("item", before.itemCode, after.itemCode);
    add("description", before.description, after.description);
    add("url", before.url, after.url);
    add("inspector", before.inspector, after.inspector);
    return changes;
}

} // namespace

FindingRepository::FindingRepository(const Database &database)
    : m_db(database)
{}

Result<QList<Finding>> FindingRepository::list(const FindingFilter &filter) const
{
    QString sql = SelectFinding + QStringLiteral(" WHERE 1 = 1");
    QVariantList params;
    if (!filter.includeDeleted)
        sql += QStringLiteral(" AND f.deleted_at = ''");
    if (filter.roundId > 0) {
        sql += QStringLiteral(" AND f.round_id = ?");
        params << filter.roundId;
    }
    if (filter.siteId > 0) {
        sql += QStringLiteral(" AND f.site_id = ?");
        params << filter.siteId;
    }
    sql += QStringLiteral(" ORDER BY f.found_at DESC, f.id DESC");
    return m_db.selectAll(sql, params, FindingRepository::fromRow);
}

Result<Finding> FindingRepository::get(qint64 id) const
{
    return m_db.selectOne(SelectFinding + QStringLiteral(" WHERE f.id = ?"), {id}, FindingRepository::fromRow,
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

Result<qint64> FindingRepository::create(const Finding &finding, const QString &actor) const
{
    if (Status s = validate(finding); !s)
        return s.error();
    return withTransaction(m_db, [&]() -> Result<qint64> {
        auto itemId = itemIdOf(finding);
        if (!itemId)
            return itemId.error();
        const QDateTime foundAt =
            finding.foundAt.isValid() ? finding.foundAt : QDateTime::currentDateTimeUtc();
        auto q = m_db.exec(
            QStringLiteral("INSERT INTO findings (site_id, round_id, item_id, url, page_title, "
                           "description, severity, state, inspector, found_at, element_selector, "
                           "element_text, element_box, check_id, origin_finding_id) "
                           "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
            {finding.siteId, finding.roundId, itemId.value(), finding.url.trimmed(),
             finding.pageTitle.trimmed(), finding.description.trimmed(),
             FindingSeverities.code(finding.severity), FindingStates.code(finding.state),
             finding.inspector.trimmed(), toDbTime(foundAt), finding.elementSelector, finding.elementText,
             boxToText(finding.elementBox), finding.checkId, idOrNull(finding.originFindingId)});
        if (!q)
            return q.error();
        const qint64 id = q.value().lastInsertId().toLongLong();
        const QString by = actor.trimmed().isEmpty() ? finding.inspector : actor;
        if (Status s = FindingHistoryRepository(m_db).append(
                {0, id, {}, by, QStringLiteral("created"), {}, FindingStates.code(finding.state), {}});
            !s)
            return s.error();
        return id;
    });
}

Status FindingRepository::update(const Finding &finding, const QString &actor, const QString &note) const
{
    if (Status s = validate(finding); !s)
        return s;
    return withTransaction(m_db, [&]() -> Status {
        auto before = get(finding.id);
        if (!before)
            return before.error();
        if (before.value().state != finding.state &&
            !FindingStateMachine::allowed(before.value().state, finding.state))
            return Error{FindingStateMachine::refusal(before.value().state, finding.state),
                         tr("Finding %1").arg(finding.id)};
        auto itemId = itemIdOf(finding);
        if (!itemId)
            return itemId.error();
        auto q = m_db.exec(
            QStringLiteral("UPDATE findings SET item_id = ?, url = ?, page_title = ?, description = ?, "
                           "severity = ?, state = ?, inspector = ?, element_selector = ?, element_text = ?, "
                           "element_box = ?, updated_at = ? WHERE id = ?"),
            {itemId.value(), finding.url.trimmed(), finding.pageTitle.trimmed(),
             finding.description.trimmed(), FindingSeverities.code(finding.severity),
             FindingStates.code(finding.state), finding.inspector.trimmed(), finding.elementSelector,
             finding.elementText, boxToText(finding.elementBox), nowDbTime(), finding.id});
        if (!q)
            return q.error();
        if (q.value().numRowsAffected() == 0)
            return Error{tr("The finding no longer exists."), {}};
        const FindingHistoryRepository history(m_db);
        const QString by = actor.trimmed().isEmpty() ? finding.inspector : actor;
        for (FindingChange change : changesBetween(before.value(), finding)) {
            change.actor = by;
            change.note = note;
            if (Status s = history.append(change); !s)
                return s;
        }
        return Status::success();
    });
}

Status FindingRepository::remove(qint64 id) const
{
    // Deleting twice keeps the first deletion time, so the undo history stays in order.
    return setDeletedAt(id, QStringLiteral("CASE WHEN deleted_at = '' THEN ? ELSE deleted_at END"),
                        {nowDbTime()});
}

Status FindingRepository::restore(qint64 id) const
{
    return setDeletedAt(id, QStringLiteral("''"), {});
}

Status FindingRepository::setDeletedAt(qint64 id, const QString &expression, QVariantList params) const
{
    return withTransaction(m_db, [&]() -> Status {
        params.append(id);
        auto q = m_db.exec(QStringLiteral("UPDATE findings SET deleted_at = %1 WHERE id = ?").arg(expression),
                           params);
        if (!q)
            return q.error();
        if (q.value().numRowsAffected() == 0)
            return Error{tr("The finding no longer exists."), {}};
        return FindingHistoryRepository(m_db).append(
            {0,
             id,
             {},
             {},
             params.size() > 1 ? QStringLiteral("deleted") : QStringLiteral("restored"),
             {},
             {},
             {}});
    });
}

Status FindingRepository::purge(qint64 id) const
{
    return withTransaction(m_db, [&]() -> Status {
        // Evidence rows go with the finding (ON DELETE CASCADE); the files stay in the store.
        auto q = m_db.exec(QStringLiteral("DELETE FROM findings WHERE id = ?"), {id});
        if (!q)
            return q.error();
        return Status::success();
    });
}

Result<bool> FindingRepository::isDeleted(qint64 id) const
{
    return m_db.selectOne(
        QStringLiteral("SELECT deleted_at <> '' FROM findings WHERE id = ?"), {id},
        [](const QSqlQuery &q) { return q.value(0).toBool(); }, tr("The finding no longer exists."));
}

QString FindingRepository::boxToText(const QRectF &box)
{
    if (box.isNull())
        return {};
    // 'g' with 10 digits keeps fractional CSS pixels deep into a long page without noise.
    const auto number = [](qreal v) {
        return QString::number(v, 'g', 10);
    };
    return QStringList{number(box.x()), number(box.y()), number(box.width()), number(box.height())}.join(
        QLatin1Char(','));
}

QRectF FindingRepository::boxFromText(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 4)
        return {};
    qreal values[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        values[i] = parts.at(i).trimmed().toDouble(&ok);
        if (!ok)
            return {};
    }
    return QRectF(values[0], values[1], values[2], values[3]);
}

} // namespace xj
