// SPDX-License-Identifier: GPL-3.0-or-later
// Peer-audit import end to end: the office hands a team an assignment, the team inspects and sends
// its result back signed, the office files it apart from its own findings with byte-identical
// evidence; every hostile or unsuitable package is refused with the database and store untouched.
#include "HostileAuditPackages.h"
#include "TestDatabase.h"
#include "audit/AuditImporter.h"
#include "audit/AuditPackageWriter.h"
#include "audit/AuditRepository.h"
#include "checklist/ChecklistLibrary.h"
#include "evidence/EvidenceRecorder.h"
#include "evidence/EvidenceStore.h"
#include "evidence/IntegrityChecker.h"
#include "inspection/RoundSetup.h"
#include "storage/ChecklistRepository.h"
#include "storage/Database.h"
#include "storage/EvidenceRepository.h"
#include "storage/FindingRepository.h"
#include "storage/RoundRepository.h"
#include "storage/SiteRepository.h"
#include "storage/UnitRepository.h"
#include "storage/VerdictRepository.h"

#include <QDirIterator>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace xj;

namespace {

const QString Passphrase = QStringLiteral("青禾互查-2026");
const QString Office = QStringLiteral("青禾县委网信办");
const QString Team = QStringLiteral("第二检查组");
const QString WebsiteUrl = QStringLiteral("http://www.qinghe.gov.cn/");
const QString TeamWebsiteUrl = QStringLiteral("https://WWW.qinghe.gov.cn/index.html");

/// Every row of every table, as sorted text: two dumps are equal when nothing was written.
QStringList dumpDatabase(const Database &db)
{
    QStringList lines;
    auto tables = db.selectAll(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                       "ORDER BY name"),
        {}, [](const QSqlQuery &q) { return q.value(0).toString(); });
    if (!tables)
        return {QStringLiteral("error: ") + tables.error().fullText()};
    for (const QString &table : tables.value()) {
        auto rows = db.selectAll(QStringLiteral("SELECT * FROM ") + table, {}, [&](const QSqlQuery &q) {
            QStringList fields{table};
            for (int i = 0; i < q.record().count(); ++i)
                fields.append(q.value(i).toString());
            return fields.join(u'|');
        });
        lines.append(rows ? rows.value() : QStringList{table + QStringLiteral(": error")});
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

/// Dump of only some tables (the office's own findings and verdicts, say).
QStringList dumpTables(const Database &db, const QStringList &tables)
{
    QStringList out;
    for (const QString &line : dumpDatabase(db))
        if (tables.contains(line.section(u'|', 0, 0)))
            out.append(line);
    return out;
}

/// Every file of the evidence store with its size.
QStringList storeListing(const QString &dataDirectory)
{
    QStringList files;
    QDirIterator it(dataDirectory + QStringLiteral("/evidence"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        files.append(it.filePath() + u' ' + QString::number(it.fileInfo().size()));
    }
    std::sort(files.begin(), files.end());
    return files;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// A picture that differs with `seed`, so every screenshot has its own hash.
QImage screenshot(int seed)
{
    QImage image(120, 80, QImage::Format_RGB32);
    image.fill(Qt::white);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if ((x * 7 + y * 3 + seed * 11) % 17 < 5)
                image.setPixel(x, y, qRgb((seed * 40) % 256, (x * 2) % 256, (y * 3) % 256));
    return image;
}

qint64 scalar(const Database &db, const QString &sql, const QVariantList &params = {})
{
    auto q = db.exec(sql, params);
    return q && q.value().next() ? q.value().value(0).toLongLong() : -1;
}

} // namespace

class TestAuditImport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_office;
    std::unique_ptr<TestDatabase> m_team;
    QTemporaryDir m_packages;
    qint64 m_officeRound = 0;
    qint64 m_officeWebsite = 0;
    qint64 m_officeAccount = 0;
    qint64 m_teamRound = 0;
    QString m_assignment;
    QString m_result;

    QString packagePath(const QString &name) const { return m_packages.filePath(name); }

    /// The office: two units, a website and a WeChat account, a peer round for the team, and one
    /// finding and verdict of the office's own (which an import must never touch).
    void setUpOffice()
    {
        m_office = std::make_unique<TestDatabase>();
        QVERIFY(m_office->isOpen());
        const Database &db = m_office->db();
        auto unit1 = UnitRepository(db).findOrCreate(QStringLiteral("青禾县人民政府办公室"));
        auto unit2 = UnitRepository(db).findOrCreate(QStringLiteral("青禾县融媒体中心"));
        QVERIFY(unit1 && unit2);
        Site website;
        website.name = QStringLiteral("青禾县人民政府");
        website.url = WebsiteUrl;
        website.unitId = unit1.value();
        website.siteCode = QStringLiteral("4405230001");
        Site account;
        account.kind = SiteKind::NewMedia;
        account.name = QStringLiteral("青禾发布");
        account.platform = QStringLiteral("微信");
        account.accountId = QStringLiteral("qinghe_fabu");
        account.unitId = unit2.value();
        auto websiteId = SiteRepository(db).create(website);
        auto accountId = SiteRepository(db).create(account);
        QVERIFY(websiteId && accountId);
        m_officeWebsite = websiteId.value();
        m_officeAccount = accountId.value();

        ChecklistLibrary library;
        library.load(QString());
        const auto *websiteList = library.find(QStringLiteral("national-2019-website"));
        const auto *newMediaList = library.find(QStringLiteral("national-2019-newmedia"));
        QVERIFY(websiteList && newMediaList);
        Round round;
        round.name = QStringLiteral("2026年第四季度互查");
        round.kind = RoundKind::PeerCheck;
        round.period = QStringLiteral("2026Q4");
        round.periodStart = QDate(2026, 10, 1);
        round.periodEnd = QDate(2026, 12, 31);
        round.inspectionDate = QDate(2026, 11, 24);
        round.team = Team;
        round.unitIds = {unit1.value(), unit2.value()};
        auto roundId = RoundSetup::create(db, round, websiteList, newMediaList);
        QVERIFY2(roundId, qPrintable(roundId ? QString() : roundId.error().fullText()));
        m_officeRound = roundId.value();

        Finding own;
        own.siteId = m_officeWebsite;
        own.roundId = m_officeRound;
        own.itemCode = QStringLiteral("W-D2");
        own.description = QStringLiteral("本单位自己发现的问题");
        QVERIFY(FindingRepository(db).create(own));
        Verdict verdict{m_officeRound,
                        m_officeWebsite,
                        QStringLiteral("W-D2"),
                        VerdictValue::Fail,
                        3,
                        QStringLiteral("办公室判定"),
                        QStringLiteral("张三"),
                        {}};
        QVERIFY(VerdictRepository(db).save(verdict));
    }

    /// The team's findings (with real PNG evidence, one annotated copy) and verdicts.
    void inspectAsTeam()
    {
        const Database &db = m_team->db();
        auto sites = m_team->db().selectAll(
            QStringLiteral(
                "SELECT l.site_id, s.kind FROM audit_site_links l JOIN sites s ON s.id = l.site_id"),
            {}, [](const QSqlQuery &q) {
                return std::pair{q.value(0).toLongLong(), q.value(1).toString()};
            });
        QVERIFY(sites && sites.value().size() == 2);
        qint64 website = 0, account = 0;
        for (const auto &[id, kind] : sites.value())
            (kind == QLatin1String("website") ? website : account) = id;

        Finding f;
        f.siteId = website;
        f.roundId = m_teamRound;
        f.itemCode = QStringLiteral("W-D1");
        f.url = WebsiteUrl + QStringLiteral("zwgk/index.html");
        f.pageTitle = QStringLiteral("政务公开");
        f.description = QStringLiteral("概况信息未更新");
        f.severity = FindingSeverity::Deduction;
        f.inspector = QStringLiteral("李四");
        f.foundAt = QDateTime(QDate(2026, 11, 25), QTime(9, 30), Qt::UTC);
        f.elementSelector = QStringLiteral("#main > p");
        f.elementText = QStringLiteral("机构概况");
        f.elementBox = QRectF(10, 20.5, 300, 40);
        auto first = FindingRepository(db).create(f);
        QVERIFY(first);
        Finding g = f;
        g.siteId = account;
        g.itemCode = QStringLiteral("M-V1");
        g.url = QString();
        g.description = QStringLiteral("账号长期未更新");
        g.severity = FindingSeverity::Veto;
        g.elementBox = QRectF();
        auto second = FindingRepository(db).create(g);
        QVERIFY(second);

        const EvidenceRecorder recorder(db, m_team->dir().path());
        Evidence meta;
        meta.findingId = first.value();
        meta.kind = EvidenceKind::Screenshot;
        meta.captureMode = CaptureMode::Visible;
        meta.pageUrl = f.url;
        meta.capturedAt = f.foundAt;
        QImage marked = screenshot(1);
        marked.setPixel(5, 5, qRgb(255, 0, 0));
        QVERIFY(recorder.addScreenshot(screenshot(1), marked, meta));
        meta.findingId = second.value();
        meta.pageUrl = QString();
        QVERIFY(recorder.addImage(screenshot(2), meta));

        QVERIFY(VerdictRepository(db).save({m_teamRound,
                                            website,
                                            QStringLiteral("W-D1"),
                                            VerdictValue::Fail,
                                            2,
                                            QStringLiteral("扣2分"),
                                            QStringLiteral("李四"),
                                            {}}));
        QVERIFY(VerdictRepository(db).save({m_teamRound,
                                            account,
                                            QStringLiteral("M-V1"),
                                            VerdictValue::Pass,
                                            0,
                                            {},
                                            QStringLiteral("李四"),
                                            {}}));
    }

    Result<AuditImportOutcome> import(TestDatabase &into, const QString &path, const QString &passphrase = {},
                                      qint64 targetRound = 0)
    {
        AuditImporter::Options options;
        options.passphrase = passphrase;
        options.targetRoundId = targetRound;
        return AuditImporter::importFile(into.db(), into.dir().path(), path, options);
    }

    /// Imports `path` and checks that it is refused with `fragment` and leaves `into` as it was.
    void expectRefused(TestDatabase &into, const QString &path, const QString &passphrase,
                       const QString &fragment, const AuditPackageReader::Limits &limits = {},
                       qint64 targetRound = 0)
    {
        const QStringList before = dumpDatabase(into.db());
        const QStringList filesBefore = storeListing(into.dir().path());
        AuditImporter::Options options;
        options.passphrase = passphrase;
        options.limits = limits;
        options.targetRoundId = targetRound;
        auto outcome = AuditImporter::importFile(into.db(), into.dir().path(), path, options);
        QVERIFY2(!outcome, qPrintable(QStringLiteral("imported: ") + path));
        qInfo().noquote() << "refused:" << outcome.error().message;
        QVERIFY2(outcome.error().message.contains(fragment),
                 qPrintable(outcome.error().fullText() + QStringLiteral("\nexpected: ") + fragment));
        QCOMPARE(dumpDatabase(into.db()), before);
        QCOMPARE(storeListing(into.dir().path()), filesBefore);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_packages.isValid());
        setUpOffice();
        m_assignment = packagePath(QStringLiteral("assignment.xjaudit"));
        AuditPackageWriter::Request request;
        request.kind = AuditPackageKind::Assignment;
        request.roundId = m_officeRound;
        request.exporter = Office;
        request.outPath = m_assignment;
        Status written = AuditPackageWriter::write(m_office->db(), m_office->dir().path(), request);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().fullText()));

        m_team = std::make_unique<TestDatabase>();
        QVERIFY(m_team->isOpen());
        // The team already has the website, written another way: the assignment must use it.
        auto teamUnit = UnitRepository(m_team->db()).findOrCreate(QStringLiteral("县政府办"));
        QVERIFY(teamUnit);
        Site known;
        known.name = QStringLiteral("青禾县政府网");
        known.url = TeamWebsiteUrl;
        known.unitId = teamUnit.value();
        QVERIFY(SiteRepository(m_team->db()).create(known));
        auto assigned = import(*m_team, m_assignment);
        QVERIFY2(assigned, qPrintable(assigned ? QString() : assigned.error().fullText()));
        QCOMPARE(assigned.value().kind, AuditPackageKind::Assignment);
        QCOMPARE(assigned.value().exporter, Office);
        QCOMPARE(assigned.value().sites, 2);
        m_teamRound = assigned.value().roundId;
        inspectAsTeam();

        m_result = packagePath(QStringLiteral("result.xjaudit"));
        request.kind = AuditPackageKind::Result;
        request.roundId = m_teamRound;
        request.exporter = Team;
        request.passphrase = Passphrase;
        request.outPath = m_result;
        written = AuditPackageWriter::write(m_team->db(), m_team->dir().path(), request);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().fullText()));
    }

    void assignmentCreatesRoundSitesAndLinks()
    {
        const Database &db = m_team->db();
        auto round = m_team->db().selectOne(
            QStringLiteral("SELECT name, kind, team, period FROM rounds WHERE id = ?"), {m_teamRound},
            [](const QSqlQuery &q) {
                return QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                   q.value(3).toString()};
            },
            QStringLiteral("no round"));
        QVERIFY(round);
        QCOMPARE(round.value(), (QStringList{QStringLiteral("2026年第四季度互查"), QStringLiteral("peer"),
                                             Team, QStringLiteral("2026Q4")}));
        // The office's checklists came along as snapshots with the same content.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM checklist_templates t JOIN rounds r ON "
                                           "t.id IN (r.website_template_id, r.newmedia_template_id)")),
                 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM checklist_items ci JOIN rounds r ON "
                                           "ci.template_id = r.website_template_id AND ci.code = 'W-D1'")),
                 1);
        // Both sites registered with their units, covered by the round, linked to the office's ids.
        auto sites = SiteRepository(db).all();
        QVERIFY(sites);
        QCOMPARE(sites.value().size(), 2);
        auto links = db.selectAll(
            QStringLiteral(
                "SELECT s.name, s.url, s.platform, s.account_id, l.origin_site_id, a.origin_round_id, "
                "a.exporter FROM audit_site_links l JOIN sites s ON s.id = l.site_id "
                "JOIN audit_assignments a ON a.id = l.assignment_id ORDER BY l.origin_site_id"),
            {}, [](const QSqlQuery &q) {
                QStringList row;
                for (int i = 0; i < 7; ++i)
                    row.append(q.value(i).toString());
                return row.join(u'|');
            });
        QVERIFY(links);
        QStringList expected{QStringLiteral("青禾县政府网|%1|||%2|%3|%4")
                                 .arg(TeamWebsiteUrl)
                                 .arg(m_officeWebsite)
                                 .arg(m_officeRound)
                                 .arg(Office),
                             QStringLiteral("青禾发布||微信|qinghe_fabu|%1|%2|%3")
                                 .arg(m_officeAccount)
                                 .arg(m_officeRound)
                                 .arg(Office)};
        std::sort(expected.begin(), expected.end(), [&](const QString &a, const QString &b) {
            return a.section(u'|', 4, 4).toLongLong() < b.section(u'|', 4, 4).toLongLong();
        });
        QCOMPARE(links.value(), expected);
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT count(DISTINCT ru.unit_id) FROM round_units ru JOIN sites s "
                                       "ON s.unit_id = ru.unit_id WHERE ru.round_id = ?"),
                        {m_teamRound}),
                 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM units WHERE name = '青禾县融媒体中心'")), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM units")), 2);
    }

    void assignmentWithBrokenChecklistIsRefused()
    {
        // A round of the office whose checklist snapshot is not a checklist at all.
        ChecklistTemplate broken;
        broken.key = QStringLiteral("broken");
        broken.name = QStringLiteral("broken");
        auto templateId =
            ChecklistRepository(m_office->db()).storeSnapshot(broken, "{}", QStringLiteral("sha"), {});
        QVERIFY(templateId);
        Round round;
        round.name = QStringLiteral("坏清单轮次");
        round.inspectionDate = QDate(2026, 11, 26);
        round.websiteTemplateId = templateId.value();
        auto roundId = RoundRepository(m_office->db()).create(round);
        QVERIFY(roundId);
        AuditPackageWriter::Request request;
        request.roundId = roundId.value();
        request.exporter = Office;
        request.outPath = packagePath(QStringLiteral("broken-checklist.xjaudit"));
        Status written = AuditPackageWriter::write(m_office->db(), m_office->dir().path(), request);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().fullText()));
        expectRefused(*m_team, request.outPath, {}, QStringLiteral("checklist"));
        QVERIFY(RoundRepository(m_office->db()).remove(roundId.value()));
    }

    void sameAssignmentTwiceIsRefused()
    {
        expectRefused(*m_team, m_assignment, {}, QStringLiteral("already imported"));
    }

    void hostilePackagesAreRefused()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QList<HostileAuditPackage> cases =
            makeHostileAuditPackages(m_result, Passphrase, folder.path());
        QVERIFY(cases.size() >= 20);
        for (const HostileAuditPackage &h : cases) {
            qInfo() << "hostile case" << h.name;
            expectRefused(*m_office, h.path, h.passphrase, h.expectedMessage, h.limits);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("case ") + h.name));
        }
        QCOMPARE(scalar(m_office->db(), QStringLiteral("SELECT count(*) FROM audit_imports")), 0);
    }

    void passphraseProblemsAreRefused()
    {
        expectRefused(*m_office, m_result, {}, QStringLiteral("passphrase"));
        expectRefused(*m_office, m_result, QStringLiteral("wrong"), QStringLiteral("passphrase"));
        // An unsigned package with a passphrase: the receiver expected proof and gets none.
        expectRefused(*m_team, m_assignment, Passphrase, QStringLiteral("not signed"));
    }

    void unknownRoundIsRefused()
    {
        expectRefused(*m_office, m_result, Passphrase, QStringLiteral("is not in this database"), {},
                      m_officeRound + 100);
        TestDatabase empty;
        expectRefused(empty, m_result, Passphrase, QStringLiteral("which this database does not have"));
        QCOMPARE(empty.count(QStringLiteral("audit_imports")), 0);
    }

    void unknownSiteIsRefused()
    {
        // Another office that has the website but not the WeChat account.
        TestDatabase other;
        const Database &db = other.db();
        auto unit = UnitRepository(db).findOrCreate(QStringLiteral("青禾县人民政府办公室"));
        QVERIFY(unit);
        Site website;
        website.name = QStringLiteral("青禾县人民政府");
        website.url =
            QStringLiteral("https://WWW.qinghe.gov.cn/index.html"); // the same site, written otherwise
        website.unitId = unit.value();
        QVERIFY(SiteRepository(db).create(website));
        ChecklistLibrary library;
        library.load(QString());
        Round round;
        round.name = QStringLiteral("别的轮次");
        round.inspectionDate = QDate(2026, 11, 24);
        auto roundId =
            RoundSetup::create(db, round, library.find(QStringLiteral("national-2019-website")), nullptr);
        QVERIFY(roundId);
        expectRefused(other, m_result, Passphrase, QStringLiteral("青禾发布"), {}, roundId.value());
    }

    void failedImportRemovesOnlyItsOwnFiles()
    {
        // One of the team's screenshots is already in the office's store (shared content): a failed
        // import must leave it, and remove the files it wrote itself.
        const Database &office = m_office->db();
        auto shared = EvidenceRepository(m_team->db()).all();
        QVERIFY(shared && !shared.value().isEmpty());
        const Evidence &first = shared.value().first();
        const QByteArray bytes =
            fileBytes(EvidenceStore(m_team->dir().path()).absolutePathFor(first.sha256, first.fileSuffix));
        auto put = EvidenceStore(m_office->dir().path()).put(bytes, first.fileSuffix);
        QVERIFY(put && put.value().created);
        // The database refuses the last rows, after every evidence file has been stored.
        QVERIFY(office.exec(
            QStringLiteral("CREATE TEMP TRIGGER refuse_verdicts BEFORE INSERT ON main.audit_verdicts "
                           "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));
        expectRefused(*m_office, m_result, Passphrase, QString());
        QVERIFY(office.exec(QStringLiteral("DROP TRIGGER temp.refuse_verdicts")));
        QCOMPARE(storeListing(m_office->dir().path()).size(), 1);
        QCOMPARE(
            fileBytes(EvidenceStore(m_office->dir().path()).absolutePathFor(first.sha256, first.fileSuffix)),
            bytes);
    }

    void resultIsFiledApartWithIdenticalEvidence()
    {
        const Database &office = m_office->db();
        const QStringList ownTables{QStringLiteral("findings"), QStringLiteral("verdicts"),
                                    QStringLiteral("evidence"), QStringLiteral("finding_history")};
        const QStringList ownBefore = dumpTables(office, ownTables);
        QVERIFY(!ownBefore.isEmpty());
        auto outcome = import(*m_office, m_result, Passphrase);
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().fullText()));
        QCOMPARE(outcome.value().kind, AuditPackageKind::Result);
        QCOMPARE(outcome.value().roundId, m_officeRound);
        QCOMPARE(outcome.value().exporter, Team);
        QCOMPARE(outcome.value().findings, 2);
        QCOMPARE(outcome.value().verdicts, 2);
        QCOMPARE(outcome.value().evidenceFiles, 3);
        QVERIFY(outcome.value().signatureChecked);
        QCOMPARE(dumpTables(office, ownTables), ownBefore);
        QCOMPARE(scalar(office, QStringLiteral("SELECT signed FROM audit_imports WHERE id = ?"),
                        {outcome.value().importId}),
                 1);

        // The team's findings, verdicts and evidence arrive as they were, under the office's site ids.
        const Database &team = m_team->db();
        const auto originToOffice = [&](qint64 teamSite) {
            return scalar(team,
                          QStringLiteral("SELECT origin_site_id FROM audit_site_links WHERE site_id = ?"),
                          {teamSite});
        };
        FindingFilter filter;
        filter.roundId = m_teamRound;
        auto teamFindings = FindingRepository(team).list(filter);
        QVERIFY(teamFindings);
        const AuditRepository repository(office);
        auto imported = repository.findings(m_officeRound, outcome.value().importId);
        QVERIFY(imported);
        QCOMPARE(imported.value().size(), teamFindings.value().size());
        for (const Finding &mine : teamFindings.value()) {
            auto match = std::find_if(imported.value().cbegin(), imported.value().cend(),
                                      [&](const Finding &f) { return f.description == mine.description; });
            QVERIFY(match != imported.value().cend());
            QCOMPARE(match->siteId, originToOffice(mine.siteId));
            QCOMPARE(match->roundId, m_officeRound);
            QCOMPARE(match->itemCode, mine.itemCode);
            QCOMPARE(match->url, mine.url);
            QCOMPARE(match->pageTitle, mine.pageTitle);
            QCOMPARE(match->severity, mine.severity);
            QCOMPARE(match->state, mine.state);
            QCOMPARE(match->inspector, mine.inspector);
            QCOMPARE(match->foundAt, mine.foundAt);
            QCOMPARE(match->elementSelector, mine.elementSelector);
            QCOMPARE(match->elementText, mine.elementText);
            QCOMPARE(match->elementBox, mine.elementBox);
            QCOMPARE(scalar(office,
                            QStringLiteral("SELECT origin_finding_id FROM audit_findings WHERE id = ?"),
                            {match->id}),
                     mine.id);

            auto theirs = EvidenceRepository(team).forFinding(mine.id);
            auto ours = repository.evidence(match->id, outcome.value().importId);
            QVERIFY(theirs && ours);
            QCOMPARE(ours.value().size(), theirs.value().size());
            const EvidenceStore teamStore(m_team->dir().path());
            const EvidenceStore officeStore(m_office->dir().path());
            for (qsizetype i = 0; i < ours.value().size(); ++i) {
                const Evidence &a = theirs.value().at(i);
                const Evidence &b = ours.value().at(i);
                QCOMPARE(b.sha256, a.sha256);
                QCOMPARE(b.kind, a.kind);
                QCOMPARE(b.size, a.size);
                QCOMPARE(b.width, a.width);
                QCOMPARE(b.pageUrl, a.pageUrl);
                QCOMPARE(b.originalId > 0, a.originalId > 0);
                const QByteArray original = fileBytes(teamStore.absolutePathFor(a.sha256, a.fileSuffix));
                QVERIFY(original.startsWith("\x89PNG"));
                QCOMPARE(fileBytes(officeStore.absolutePathFor(b.sha256, b.fileSuffix)), original);
            }
        }

        auto verdicts = repository.verdicts(m_officeRound, 0, outcome.value().importId);
        QVERIFY(verdicts);
        QCOMPARE(verdicts.value().size(), 2);
        for (const Verdict &v : verdicts.value()) {
            if (v.siteId == m_officeWebsite) {
                QCOMPARE(v.itemCode, QStringLiteral("W-D1"));
                QCOMPARE(v.value, VerdictValue::Fail);
                QCOMPARE(v.points, 2.0);
                QCOMPARE(v.note, QStringLiteral("扣2分"));
            } else {
                QCOMPARE(v.siteId, m_officeAccount);
                QCOMPARE(v.itemCode, QStringLiteral("M-V1"));
                QCOMPARE(v.value, VerdictValue::Pass);
            }
        }
        auto onlyAccount = repository.verdicts(m_officeRound, m_officeAccount, outcome.value().importId);
        QVERIFY(onlyAccount);
        QCOMPARE(onlyAccount.value().size(), 1);

        // The office's side is its own finding and verdict, untouched.
        auto sources = repository.sources(m_officeRound);
        QVERIFY(sources);
        QCOMPARE(sources.value().size(), 2);
        QVERIFY(sources.value().at(0).isLocal());
        QCOMPARE(sources.value().at(0).siteIds, QList<qint64>{m_officeWebsite});
        QCOMPARE(sources.value().at(1).importId, outcome.value().importId);
        QCOMPARE(sources.value().at(1).team, Team);
        QVERIFY(sources.value().at(1).signedPackage);
        QList<qint64> both{m_officeWebsite, m_officeAccount};
        std::sort(both.begin(), both.end());
        QCOMPARE(sources.value().at(1).siteIds, both);
        auto local = repository.findings(m_officeRound, m_officeWebsite, 0);
        QVERIFY(local);
        QCOMPARE(local.value().size(), 1);
        QCOMPARE(local.value().first().description, QStringLiteral("本单位自己发现的问题"));
        auto localVerdicts = repository.verdicts(m_officeRound, 0, 0);
        QVERIFY(localVerdicts);
        QCOMPARE(localVerdicts.value().size(), 1);
        QCOMPARE(localVerdicts.value().first().note, QStringLiteral("办公室判定"));

        // The same file again: refused, nothing changes.
        expectRefused(*m_office, m_result, Passphrase, QStringLiteral("already imported"));
    }

    void laterPackageOfTheTeamCounts()
    {
        auto before = AuditRepository(m_office->db()).imports(m_officeRound);
        QVERIFY(before && before.value().size() == 1);
        const qint64 firstImport = before.value().first().importId;

        // The team corrects its result: one more finding, a new package.
        auto website = scalar(m_team->db(),
                              QStringLiteral("SELECT site_id FROM audit_site_links WHERE origin_site_id = ?"),
                              {m_officeWebsite});
        Finding extra;
        extra.siteId = website;
        extra.roundId = m_teamRound;
        extra.itemCode = QStringLiteral("W-D3");
        extra.description = QStringLiteral("补充发现：栏目空白");
        QVERIFY(FindingRepository(m_team->db()).create(extra));
        const QString corrected = packagePath(QStringLiteral("result-2.xjaudit"));
        AuditPackageWriter::Request request;
        request.kind = AuditPackageKind::Result;
        request.roundId = m_teamRound;
        request.exporter = Team;
        request.passphrase = Passphrase;
        request.outPath = corrected;
        Status written = AuditPackageWriter::write(m_team->db(), m_team->dir().path(), request);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().fullText()));
        const QStringList filesBefore = storeListing(m_office->dir().path());
        auto outcome = import(*m_office, corrected, Passphrase);
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().fullText()));
        QCOMPARE(outcome.value().findings, 3);
        // The evidence files are the same as in the first package: shared, not stored twice.
        QCOMPARE(storeListing(m_office->dir().path()), filesBefore);

        const AuditRepository repository(m_office->db());
        auto sources = repository.sources(m_officeRound);
        QVERIFY(sources);
        QCOMPARE(sources.value().size(), 2);
        QCOMPARE(sources.value().at(1).importId, outcome.value().importId);
        auto imports = repository.imports(m_officeRound);
        QVERIFY(imports);
        QCOMPARE(imports.value().size(), 2);
        QCOMPARE(imports.value().at(0).importId, outcome.value().importId);
        QCOMPARE(imports.value().at(1).importId, firstImport);
        auto firstFindings = repository.findings(m_officeRound, firstImport);
        auto newFindings = repository.findings(m_officeRound, outcome.value().importId);
        QVERIFY(firstFindings && newFindings);
        QCOMPARE(firstFindings.value().size(), 2);
        QCOMPARE(newFindings.value().size(), 3);
    }

    void integrityCheckKnowsImportedEvidence()
    {
        QVERIFY(scalar(m_office->db(), QStringLiteral("SELECT count(*) FROM audit_evidence")) >= 3);
        auto report = IntegrityChecker(m_office->db(), m_office->dir().path()).run();
        QVERIFY(report);
        QCOMPARE(report.value().count(IntegrityProblemKind::Orphaned), 0);
        // A file nobody refers to is still an orphan: the check has not gone blind.
        QVERIFY(EvidenceStore(m_office->dir().path()).put(QByteArray("stray bytes"), QStringLiteral("bin")));
        report = IntegrityChecker(m_office->db(), m_office->dir().path()).run();
        QVERIFY(report);
        QCOMPARE(report.value().count(IntegrityProblemKind::Orphaned), 1);
    }
};

QTEST_GUILESS_MAIN(TestAuditImport)
#include "tst_auditimport.moc"
