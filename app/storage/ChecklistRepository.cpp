// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ChecklistRepository.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace xj {

ChecklistRepository::ChecklistRepository(const Database &database)
    : m_db(database)
{}

Result<qint64> ChecklistRepository::storeSnapshot(const ChecklistTemplate &checklist,
                                                  const QByteArray &canonicalJson, const QString &sha256,
                                                  const QString &loadedFrom) const
{
    return withTransaction(m_db, [&]() -> Result<qint64> {
        auto existing =
            m_db.exec(QStringLiteral(
                          "SELECT id FROM checklist_templates WHERE template_key = ? AND content_sha256 = ?"),
                      {checklist.key, sha256});
        if (!existing)
            return existing.error();
        if (existing.value().next())
            return existing.value().value(0).toLongLong();

        auto inserted =
            m_db.exec(QStringLiteral("INSERT INTO checklist_templates (template_key, name, version, "
                                     "applies_to, content_json, content_sha256, loaded_from) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                      {checklist.key, checklist.name, checklist.version, SiteKinds.code(checklist.appliesTo),
                       QString::fromUtf8(canonicalJson), sha256, loadedFrom});
        if (!inserted)
            return inserted.error();
        const qint64 templateId = inserted.value().lastInsertId().toLongLong();
        int order = 0;
        for (const ChecklistItem &item : checklist.items) {
            auto q =
                m_db.exec(QStringLiteral("INSERT INTO checklist_items (template_id, code, area_id, kind, "
                                         "title, points, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                          {templateId, item.code, item.areaId, ItemKinds.code(item.kind), item.title,
                           item.points, order++});
            if (!q)
                return q.error();
        }
        return templateId;
    });
}

Result<QByteArray> ChecklistRepository::snapshotJson(qint64 templateId) const
{
    auto q =
        m_db.exec(QStringLiteral("SELECT content_json FROM checklist_templates WHERE id = ?"), {templateId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{tr("The checklist of this round is missing from the database."), {}};
    return q.value().value(0).toString().toUtf8();
}

Result<qint64> ChecklistRepository::itemIdFor(qint64 roundId, qint64 siteId, const QString &itemCode) const
{
    auto q =
        m_db.exec(QStringLiteral("SELECT ci.id FROM rounds r JOIN sites s ON s.id = ? "
                                 "JOIN checklist_items ci ON ci.template_id = CASE s.kind "
                                 "WHEN 'website' THEN r.website_template_id ELSE r.newmedia_template_id END "
                                 "WHERE r.id = ? AND ci.code = ?"),
                  {siteId, roundId, itemCode});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{tr("The checklist of this round has no item %1 for this kind of site.").arg(itemCode),
                     {}};
    return q.value().value(0).toLongLong();
}

} // namespace xj
