// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditRepository.h"

#include "storage/Database.h"
#include "storage/EvidenceRepository.h"
#include "storage/FindingRepository.h"
#include "storage/SqlValues.h"
#include "storage/VerdictRepository.h"

#include <QSqlQuery>

#include <algorithm>

namespace xj {

namespace {

const QString SelectImport =
    QStringLiteral("SELECT id, team, signed, created_at, imported_at FROM audit_imports WHERE round_id = ?");

AuditSource readImport(const QSqlQuery &q)
{
    AuditSource s;
    s.importId = q.value(0).toLongLong();
    s.team = q.value(1).toString();
    s.signedPackage = q.value(2).toBool();
    s.createdAt = fromDbTime(q.value(3));
    s.importedAt = fromDbTime(q.value(4));
    return s;
}

// A finding that waits for confirmation or was dismissed is no finding of that side.
const QString LiveState = QStringLiteral("state NOT IN ('candidate', 'false_positive')");

const QString SelectForeignFinding = QStringLiteral(
    // The columns of FindingRepository's SELECT; "created" and "updated" are when the team's finding
    // arrived here.
    "SELECT af.id, af.site_id, ai.round_id, af.item_code, af.url, af.page_title, af.description, "
    "af.severity, af.state, af.inspector, af.found_at, ai.imported_at, ai.imported_at, "
    "af.element_selector, af.element_text, af.element_box, af.check_id, 0 FROM audit_findings af "
    "JOIN audit_imports ai ON ai.id = af.import_id WHERE af.import_id = ? AND ai.round_id = ? AND af.");

qint64 readId(const QSqlQuery &q)
{
    return q.value(0).toLongLong();
}

} // namespace

Result<QList<AuditSource>> AuditRepository::sources(qint64 roundId) const
{
    auto team = m_db.selectOne(
        QStringLiteral("SELECT team FROM rounds WHERE id = ?"), {roundId},
        [](const QSqlQuery &q) { return q.value(0).toString().trimmed(); },
        tr("The inspection round no longer exists."));
    if (!team)
        return team.error();
    AuditSource local;
    local.team = team.value().isEmpty() ? tr("This office") : team.value();
    auto localSites = m_db.selectAll(
        QStringLiteral("SELECT site_id FROM findings WHERE round_id = ? AND deleted_at = '' AND ") +
            LiveState + QStringLiteral(" UNION SELECT site_id FROM verdicts WHERE round_id = ? ORDER BY 1"),
        {roundId, roundId}, readId);
    if (!localSites)
        return localSites.error();
    local.siteIds = localSites.value();

    // In import order: the first import of a team fixes the team's place, its last one counts.
    auto all = imports(roundId);
    if (!all)
        return all;
    QList<AuditSource> out{local};
    QList<AuditSource> byTeam;
    const QList<AuditSource> oldestFirst(all.value().crbegin(), all.value().crend());
    for (const AuditSource &s : oldestFirst) {
        auto same = std::find_if(byTeam.begin(), byTeam.end(),
                                 [&](const AuditSource &t) { return t.team == s.team; });
        if (same == byTeam.end())
            byTeam.append(s);
        else
            *same = s;
    }
    // The local side is named after the round's team, unless a team sent a result under that very
    // name: then "Team (this database)", so the two columns of a comparison never read the same.
    if (std::any_of(byTeam.cbegin(), byTeam.cend(),
                    [&](const AuditSource &t) { return t.team == local.team; }))
        out.first().team = tr("%1 (this database)").arg(local.team);
    out.append(byTeam);
    return out;
}

Result<QList<AuditSource>> AuditRepository::imports(qint64 roundId) const
{
    auto rows = m_db.selectAll(SelectImport + QStringLiteral(" ORDER BY id DESC"), {roundId}, readImport);
    if (!rows)
        return rows;
    for (AuditSource &s : rows.value()) {
        auto sites = m_db.selectAll(
            QStringLiteral("SELECT site_id FROM audit_findings WHERE import_id = ? AND ") + LiveState +
                QStringLiteral(" UNION SELECT site_id FROM audit_verdicts WHERE import_id = ? ORDER BY 1"),
            {s.importId, s.importId}, readId);
        if (!sites)
            return sites.error();
        s.siteIds = sites.value();
    }
    return rows;
}

Result<QList<Finding>> AuditRepository::findings(qint64 roundId, qint64 siteId, qint64 importId) const
{
    if (importId == 0) {
        FindingFilter filter;
        filter.roundId = roundId;
        filter.siteId = siteId;
        auto all = FindingRepository(m_db).list(filter);
        if (!all)
            return all;
        QList<Finding> live;
        for (const Finding &f : all.value())
            if (f.state != FindingState::Candidate && f.state != FindingState::FalsePositive &&
                (siteId <= 0 || f.siteId == siteId))
                live.append(f);
        return live;
    }
    QString sql = SelectForeignFinding + LiveState;
    QVariantList params{importId, roundId};
    if (siteId > 0) {
        sql += QStringLiteral(" AND af.site_id = ?");
        params << siteId;
    }
    sql += QStringLiteral(" ORDER BY af.found_at DESC, af.id DESC");
    return m_db.selectAll(sql, params, FindingRepository::fromRow);
}

Result<QList<Finding>> AuditRepository::findings(qint64 roundId, qint64 importId) const
{
    return findings(roundId, 0, importId);
}

Result<QList<Verdict>> AuditRepository::verdicts(qint64 roundId, qint64 siteId, qint64 importId) const
{
    if (importId == 0) {
        QList<qint64> sites{siteId};
        if (siteId <= 0) {
            auto judged = m_db.selectAll(
                QStringLiteral("SELECT DISTINCT site_id FROM verdicts WHERE round_id = ? ORDER BY site_id"),
                {roundId}, readId);
            if (!judged)
                return judged.error();
            sites = judged.value();
        }
        QList<Verdict> out;
        for (qint64 id : std::as_const(sites)) {
            auto some = VerdictRepository(m_db).forSite(roundId, id);
            if (!some)
                return some;
            out.append(some.value());
        }
        return out;
    }
    QString sql =
        QStringLiteral("SELECT ai.round_id, av.site_id, av.item_code, av.value, av.points, av.note, "
                       "av.inspector, ai.imported_at FROM audit_verdicts av JOIN audit_imports ai "
                       "ON ai.id = av.import_id WHERE av.import_id = ? AND ai.round_id = ?");
    QVariantList params{importId, roundId};
    if (siteId > 0) {
        sql += QStringLiteral(" AND av.site_id = ?");
        params << siteId;
    }
    sql += QStringLiteral(" ORDER BY av.site_id, av.item_code");
    return m_db.selectAll(sql, params, [](const QSqlQuery &q) {
        Verdict v;
        v.roundId = q.value(0).toLongLong();
        v.siteId = q.value(1).toLongLong();
        v.itemCode = q.value(2).toString();
        v.value = VerdictValues.fromCode(q.value(3).toString()).value_or(VerdictValue::Pass);
        v.points = q.value(4).toDouble();
        v.note = q.value(5).toString();
        v.inspector = q.value(6).toString();
        v.updatedAt = fromDbTime(q.value(7));
        return v;
    });
}

Result<QList<Evidence>> AuditRepository::evidence(qint64 findingId, qint64 importId) const
{
    if (importId == 0)
        return EvidenceRepository(m_db).forFinding(findingId);
    auto rows = m_db.selectAll(
        QStringLiteral(
            // The columns of EvidenceRepository's SELECT, then the original's hash.
            "SELECT ae.id, ae.audit_finding_id, 0, ae.kind, ae.capture_mode, 0, ae.sha256, ae.size, "
            "ae.media_type, ae.file_suffix, ae.width, ae.height, ae.device_pixel_ratio, 0, ae.page_url, "
            "ae.final_url, ae.http_status, ae.captured_at, ae.caption, ae.sort_order, ai.imported_at, "
            "'', ae.original_sha256 FROM audit_evidence ae "
            "JOIN audit_findings af ON af.id = ae.audit_finding_id "
            "JOIN audit_imports ai ON ai.id = af.import_id "
            "WHERE ae.audit_finding_id = ? AND af.import_id = ? ORDER BY ae.sort_order, ae.id"),
        {findingId, importId}, [](const QSqlQuery &q) {
            return std::pair{EvidenceRepository::fromRow(q), q.value(22).toString()};
        });
    if (!rows)
        return rows.error();
    // The package names an annotated copy's original by its hash; here it is the sibling row.
    QList<Evidence> out;
    for (const auto &[e, originalSha] : rows.value()) {
        Evidence copy = e;
        for (const auto &[other, unused] : rows.value())
            if (!originalSha.isEmpty() && other.sha256 == originalSha && other.id != e.id)
                copy.originalId = other.id;
        out.append(copy);
    }
    return out;
}

} // namespace xj
