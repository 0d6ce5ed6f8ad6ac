// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SiteRepository.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace xj {

namespace {

const QString SelectSite = QStringLiteral(
    "SELECT id, kind, platform, name, url, account_id, unit_id, site_code, icp_number, police_number, "
    "is_portal, person_in_charge, phone, status, notes, last_url, ifnull(parent_site_id, 0) FROM sites");

Site readSite(const QSqlQuery &q)
{
    Site s;
    s.id = q.value(0).toLongLong();
    s.kind = SiteKinds.fromCode(q.value(1).toString()).value_or(SiteKind::Website);
    s.platform = q.value(2).toString();
    s.name = q.value(3).toString();
    s.url = q.value(4).toString();
    s.accountId = q.value(5).toString();
    s.unitId = q.value(6).toLongLong();
    s.siteCode = q.value(7).toString();
    s.icpNumber = q.value(8).toString();
    s.policeNumber = q.value(9).toString();
    s.portal = q.value(10).toBool();
    s.personInCharge = q.value(11).toString();
    s.phone = q.value(12).toString();
    s.status = SiteStatuses.fromCode(q.value(13).toString()).value_or(SiteStatus::Active);
    s.notes = q.value(14).toString();
    s.lastUrl = q.value(15).toString();
    s.parentSiteId = q.value(16).toLongLong();
    return s;
}

QVariantList fieldValues(const Site &s)
{
    return {SiteKinds.code(s.kind),
            s.platform.trimmed(),
            s.name.trimmed(),
            s.url.trimmed(),
            s.accountId.trimmed(),
            s.unitId,
            s.siteCode.trimmed(),
            s.icpNumber.trimmed(),
            s.policeNumber.trimmed(),
            s.portal ? 1 : 0,
            s.personInCharge.trimmed(),
            s.phone.trimmed(),
            SiteStatuses.code(s.status),
            s.notes,
            idOrNull(s.parentSiteId != s.id ? s.parentSiteId : 0)};
}

} // namespace

SiteRepository::SiteRepository(const Database &database)
    : m_db(database)
{}

Result<QList<Site>> SiteRepository::all() const
{
    // Websites first, then accounts, each in the order they were registered (an office's own list).
    return m_db.selectAll(SelectSite + QStringLiteral(" ORDER BY kind DESC, id"), {}, readSite);
}

Result<Site> SiteRepository::get(qint64 id) const
{
    return m_db.selectOne(SelectSite + QStringLiteral(" WHERE id = ?"), {id}, readSite,
                          tr("The site no longer exists. It may have been deleted; reload the list."));
}

QString SiteRepository::duplicateReason(const Site &site, const Site &existing)
{
    if (!site.siteCode.trimmed().isEmpty() && site.siteCode.trimmed() == existing.siteCode)
        return tr("the same site identifier code (网站标识码) %1 as \"%2\"")
            .arg(existing.siteCode, existing.name);
    if (!site.url.trimmed().isEmpty() && normalizedSiteUrl(site.url) == normalizedSiteUrl(existing.url))
        return tr("the same address %1 as \"%2\"").arg(existing.url, existing.name);
    return tr("the same account %1 on %2 as \"%3\"")
        .arg(existing.accountId, existing.platform, existing.name);
}

Result<std::optional<Site>> SiteRepository::findDuplicate(const Site &site) const
{
    auto sites = all();
    if (!sites)
        return sites.error();
    const QString url = normalizedSiteUrl(site.url);
    const QString code = site.siteCode.trimmed();
    const QString account = site.accountId.trimmed();
    for (const Site &other : sites.value()) {
        if (other.id == site.id)
            continue;
        const bool sameCode = !code.isEmpty() && code == other.siteCode;
        const bool sameUrl = !url.isEmpty() && url == normalizedSiteUrl(other.url);
        const bool sameAccount =
            !account.isEmpty() && account == other.accountId && site.platform.trimmed() == other.platform;
        if (sameCode || sameUrl || sameAccount)
            return std::optional<Site>(other);
    }
    return std::optional<Site>();
}

Status SiteRepository::validate(const Site &site) const
{
    if (site.name.trimmed().isEmpty())
        return Error{tr("A site needs a name."), {}};
    if (site.kind == SiteKind::Website && site.url.trimmed().isEmpty())
        return Error{tr("A website needs an address (URL)."), {}};
    if (site.kind == SiteKind::NewMedia && site.platform.trimmed().isEmpty())
        return Error{tr("A new-media account needs its platform (e.g. WeChat, Weibo)."), {}};
    if (site.unitId <= 0)
        return Error{tr("Choose the host unit (主办单位) of the site."), {}};
    auto duplicate = findDuplicate(site);
    if (!duplicate)
        return duplicate.error();
    if (duplicate.value())
        return Error{
            tr("This site is already registered: it has %1.").arg(duplicateReason(site, *duplicate.value())),
            {}};
    return Status::success();
}

Result<qint64> SiteRepository::create(const Site &site) const
{
    return withTransaction(m_db, [&]() -> Result<qint64> {
        if (Status s = validate(site); !s)
            return s.error();
        auto q = m_db.exec(
            QStringLiteral("INSERT INTO sites (kind, platform, name, url, account_id, unit_id, "
                           "site_code, icp_number, police_number, is_portal, person_in_charge, "
                           "phone, status, notes, parent_site_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
            fieldValues(site));
        if (!q)
            return q.error();
        return q.value().lastInsertId().toLongLong();
    });
}

Status SiteRepository::update(const Site &site) const
{
    return withTransaction(m_db, [&]() -> Status {
        if (Status s = validate(site); !s)
            return s;
        QVariantList values = fieldValues(site);
        values << nowDbTime() << site.id;
        auto q = m_db.exec(
            QStringLiteral("UPDATE sites SET kind = ?, platform = ?, name = ?, url = ?, "
                           "account_id = ?, unit_id = ?, site_code = ?, icp_number = ?, "
                           "police_number = ?, is_portal = ?, person_in_charge = ?, phone = ?, "
                           "status = ?, notes = ?, parent_site_id = ?, updated_at = ? WHERE id = ?"),
            values);
        if (!q)
            return q.error();
        return Status::success();
    });
}

Status SiteRepository::setLastUrl(qint64 id, const QString &url) const
{
    return withTransaction(m_db, [&]() -> Status {
        auto q = m_db.exec(QStringLiteral("UPDATE sites SET last_url = ? WHERE id = ?"), {url, id});
        if (!q)
            return q.error();
        return Status::success();
    });
}

Status SiteRepository::setParent(qint64 id, qint64 parentSiteId) const
{
    auto q = m_db.exec(QStringLiteral("UPDATE sites SET parent_site_id = ? WHERE id = ?"),
                       {idOrNull(parentSiteId != id ? parentSiteId : 0), id});
    return q ? Status::success() : Status(q.error());
}

Status SiteRepository::rebaseUrls(qint64 id, const QString &oldPrefix, const QString &newPrefix) const
{
    // Only addresses that start with the prefix move; substr() keeps the rest of each address.
    const QString rebase =
        QStringLiteral("CASE WHEN instr(%1, ?) = 1 THEN ? || substr(%1, length(?) + 1) ELSE %1 END");
    const QVariantList prefixes{oldPrefix, newPrefix, oldPrefix};
    return withTransaction(m_db, [&]() -> Status {
        auto sites =
            m_db.exec(QStringLiteral("UPDATE sites SET url = %1, last_url = %2 WHERE id = ?")
                          .arg(rebase.arg(QStringLiteral("url")), rebase.arg(QStringLiteral("last_url"))),
                      prefixes + prefixes + QVariantList{id});
        if (!sites)
            return sites.error();
        auto findings = m_db.exec(QStringLiteral("UPDATE findings SET url = %1 WHERE site_id = ?")
                                      .arg(rebase.arg(QStringLiteral("url"))),
                                  prefixes + QVariantList{id});
        if (!findings)
            return findings.error();
        return Status::success();
    });
}

Result<int> SiteRepository::recordCount(qint64 id) const
{
    // Deleted findings waiting in the undo history are not counted: nobody sees them any more.
    auto q =
        m_db.exec(QStringLiteral("SELECT (SELECT count(*) FROM verdicts WHERE site_id = ?) + "
                                 "(SELECT count(*) FROM findings WHERE site_id = ? AND deleted_at = '') + "
                                 "(SELECT count(*) FROM account_records WHERE site_id = ?)"),
                  {id, id, id});
    if (!q)
        return q.error();
    q.value().next();
    return q.value().value(0).toInt();
}

Status SiteRepository::remove(qint64 id, bool withRecords) const
{
    return withTransaction(m_db, [&]() -> Status {
        auto records = recordCount(id);
        if (!records)
            return records.error();
        if (records.value() > 0 && !withRecords)
            return Error{
                tr("This site has %n recorded verdict(s) and finding(s). Confirm that they should be "
                   "deleted with it.",
                   nullptr, records.value()),
                {}};
        for (const char *sql :
             {"DELETE FROM verdicts WHERE site_id = ?", "DELETE FROM findings WHERE site_id = ?",
              "DELETE FROM account_records WHERE site_id = ?", "DELETE FROM sites WHERE id = ?"}) {
            if (auto q = m_db.exec(QString::fromLatin1(sql), {id}); !q)
                return q.error();
        }
        return Status::success();
    });
}

} // namespace xj
