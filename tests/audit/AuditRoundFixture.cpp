// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditRoundFixture.h"

#include "storage/ChecklistRepository.h"
#include "storage/Database.h"
#include "storage/FindingRepository.h"
#include "storage/RoundRepository.h"
#include "storage/SiteRepository.h"
#include "storage/UnitRepository.h"
#include "storage/VerdictRepository.h"

#include <QSqlQuery>

using namespace xj;

namespace {

const QString Page = QStringLiteral("http://127.0.0.1:18460");

qint64 addLocalFinding(const Database &db, qint64 roundId, qint64 siteId, const QString &item,
                       const QString &path, const QString &description, const QString &selector = {})
{
    Finding f;
    f.roundId = roundId;
    f.siteId = siteId;
    f.itemCode = item;
    f.url = Page + path;
    f.description = description;
    f.elementSelector = selector;
    f.elementText = selector.isEmpty() ? QString() : description;
    f.inspector = QStringLiteral("张三");
    auto id = FindingRepository(db).create(f);
    return id ? id.value() : 0;
}

bool addLocalVerdicts(const Database &db, qint64 roundId, qint64 siteId, const QStringList &values)
{
    const QHash<QString, VerdictValue> byCode{{QStringLiteral("p"), VerdictValue::Pass},
                                              {QStringLiteral("f"), VerdictValue::Fail},
                                              {QStringLiteral("n"), VerdictValue::NotApplicable}};
    for (int i = 0; i < values.size(); ++i) {
        Verdict v;
        v.roundId = roundId;
        v.siteId = siteId;
        v.itemCode = QStringLiteral("W-A%1").arg(i + 1);
        v.value = byCode.value(values.at(i));
        if (!VerdictRepository(db).save(v))
            return false;
    }
    return true;
}

bool addForeignVerdicts(const Database &db, qint64 importId, qint64 siteId, const QStringList &values)
{
    const QHash<QString, QString> byCode{{QStringLiteral("p"), QStringLiteral("pass")},
                                         {QStringLiteral("f"), QStringLiteral("fail")},
                                         {QStringLiteral("n"), QStringLiteral("na")}};
    for (int i = 0; i < values.size(); ++i) {
        if (!AuditRoundFixture::addForeignVerdict(db, importId, siteId, QStringLiteral("W-A%1").arg(i + 1),
                                                  byCode.value(values.at(i))))
            return false;
    }
    return true;
}

} // namespace

AuditRoundFixture AuditRoundFixture::create(const Database &db, bool withFindingsAndVerdicts)
{
    AuditRoundFixture fx;
    Unit unit;
    unit.name = QStringLiteral("青禾县人民政府办公室");
    auto unitId = UnitRepository(db).create(unit);
    if (!unitId)
        return {};
    fx.unitId = unitId.value();
    for (int i = 1; i <= 3; ++i) {
        Site site;
        site.name = QStringLiteral("网站%1").arg(i);
        site.url = QStringLiteral("http://127.0.0.1:%1/").arg(18460 + i);
        site.unitId = fx.unitId;
        auto siteId = SiteRepository(db).create(site);
        if (!siteId)
            return {};
        fx.sites.insert(QStringLiteral("S%1").arg(i), siteId.value());
    }
    ChecklistTemplate t;
    t.key = QStringLiteral("audit-test");
    t.name = QStringLiteral("audit-test");
    const QStringList titles{QStringLiteral("首页信息更新"), QStringLiteral("错别字"),
                             QStringLiteral("链接可用性"), QStringLiteral("互动回应")};
    for (int i = 0; i < titles.size(); ++i) {
        ChecklistItem item;
        item.code = QStringLiteral("W-A%1").arg(i + 1);
        item.kind = ItemKind::Deduction;
        item.points = 5;
        item.title = titles.at(i);
        t.items.append(item);
    }
    auto templateId = ChecklistRepository(db).storeSnapshot(t, "{}", QStringLiteral("audit-sha"), {});
    if (!templateId)
        return {};
    Round r;
    r.name = QStringLiteral("2026年第四季度互查");
    r.inspectionDate = QDate(2026, 11, 24);
    r.team = QStringLiteral("市政务办");
    r.websiteTemplateId = templateId.value();
    auto roundId = RoundRepository(db).create(r);
    if (!roundId)
        return {};
    const qint64 round = roundId.value();
    const qint64 s1 = fx.sites.value(QStringLiteral("S1"));
    const qint64 s2 = fx.sites.value(QStringLiteral("S2"));
    const qint64 s3 = fx.sites.value(QStringLiteral("S3"));
    const qint64 a = addImport(db, round, QStringLiteral("第一检查组"), 'a');
    const qint64 b = addImport(db, round, QStringLiteral("第二检查组"), 'b');
    if (a == 0 || b == 0)
        return {};
    fx.imports = {{QStringLiteral("A"), a}, {QStringLiteral("B"), b}};
    if (withFindingsAndVerdicts) {
        const auto split = [](const char *values) {
            return QString::fromLatin1(values).split(QLatin1Char(' '));
        };
        if (!addLocalVerdicts(db, round, s1, split("p f p n")) ||
            !addLocalVerdicts(db, round, s2, split("p p f p")) ||
            !addForeignVerdicts(db, a, s1, split("p f f n")) ||
            !addForeignVerdicts(db, a, s2, split("p p f f")) ||
            !addForeignVerdicts(db, a, s3, split("p f")) || !addForeignVerdicts(db, b, s3, split("p p")))
            return {};
        fx.findings = {
            {QStringLiteral("L1"),
             addLocalFinding(db, round, s1, QStringLiteral("W-A2"), QStringLiteral("/a.html"),
                             QStringLiteral("错别字甲乙"), QStringLiteral("#x"))},
            {QStringLiteral("L2"), addLocalFinding(db, round, s1, QStringLiteral("W-A3"),
                                                   QStringLiteral("/b.html"), QStringLiteral("链接失效"))},
            {QStringLiteral("F1"),
             addForeignFinding(db, a, s1, QStringLiteral("W-A2"), Page + QStringLiteral("/a.html"),
                               QStringLiteral("错别字甲乙"), QStringLiteral("#x"))},
            {QStringLiteral("F2"),
             addForeignFinding(db, a, s1, QStringLiteral("W-A4"), Page + QStringLiteral("/c.html"),
                               QStringLiteral("其他问题"))},
            {QStringLiteral("F3"),
             addForeignFinding(db, a, s3, QStringLiteral("W-A1"), Page + QStringLiteral("/d.html"),
                               QStringLiteral("栏目不更新"))},
            {QStringLiteral("G1"),
             addForeignFinding(db, b, s3, QStringLiteral("W-A1"), Page + QStringLiteral("/d.html"),
                               QStringLiteral("栏目不更新"))}};
        for (qint64 id : std::as_const(fx.findings)) {
            if (id == 0)
                return {};
        }
    }
    fx.roundId = round;
    return fx;
}

qint64 AuditRoundFixture::addImport(const Database &db, qint64 roundId, const QString &team, char shaFill)
{
    auto q =
        db.exec(QStringLiteral("INSERT INTO audit_imports (round_id, team, package_sha256, manifest_json) "
                               "VALUES (?, ?, ?, '{}')"),
                {roundId, team, QString(64, QLatin1Char(shaFill))});
    return q ? q.value().lastInsertId().toLongLong() : 0;
}

qint64 AuditRoundFixture::addForeignFinding(const Database &db, qint64 importId, qint64 siteId,
                                            const QString &item, const QString &url,
                                            const QString &description, const QString &selector)
{
    auto q =
        db.exec(QStringLiteral("INSERT INTO audit_findings (import_id, site_id, item_code, url, description, "
                               "severity, inspector, element_selector, element_text) "
                               "VALUES (?, ?, ?, ?, ?, 'deduction', '李四', ?, ?)"),
                {importId, siteId, item, url, description, selector,
                 selector.isEmpty() ? QString(QLatin1String("")) : description});
    return q ? q.value().lastInsertId().toLongLong() : 0;
}

bool AuditRoundFixture::addForeignVerdict(const Database &db, qint64 importId, qint64 siteId,
                                          const QString &item, const QString &value)
{
    return db
        .exec(QStringLiteral(
                  "INSERT INTO audit_verdicts (import_id, site_id, item_code, value) VALUES (?, ?, ?, ?)"),
              {importId, siteId, item, value})
        .ok();
}
