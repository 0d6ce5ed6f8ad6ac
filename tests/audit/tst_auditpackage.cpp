// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseTestCase.h"
#include "FindingPlace.h"
#include "HostileAuditPackages.h"
#include "ZipEntries.h"
#include "audit/AuditPackageReader.h"
#include "audit/AuditPackageWriter.h"
#include "evidence/EvidenceRecorder.h"
#include "evidence/EvidenceStore.h"
#include "storage/FindingRepository.h"
#include "storage/RoundRepository.h"
#include "storage/SiteRepository.h"
#include "storage/UnitRepository.h"
#include "storage/VerdictRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace xj;

// Peer-audit packages: what the writer reads from a database, what the reader gives back after
// checking everything, and every malformed or malicious package the reader must refuse.
class TestAuditPackage : public DatabaseTestCase
{
    Q_OBJECT

    static inline const QString Passphrase = QStringLiteral("青禾-互查-2026");

    FindingPlace m_place;
    qint64 m_siteB = 0;
    qint64 m_siteOther = 0;
    qint64 m_findingA = 0;
    qint64 m_findingB = 0;

    qint64 addSite(qint64 unitId, const QString &name, const QString &url)
    {
        Site s;
        s.name = name;
        s.url = url;
        s.unitId = unitId;
        s.siteCode = QString(QStringLiteral("SC-") + name.right(3));
        auto id = SiteRepository(db()).create(s);
        return id ? id.value() : 0;
    }

    qint64 addFinding(qint64 siteId, const QString &description, FindingState state)
    {
        Finding f;
        f.siteId = siteId;
        f.roundId = m_place.roundId;
        f.itemCode = QStringLiteral("W-D1");
        f.url = QStringLiteral("http://127.0.0.1:18460/zwgk/index.html");
        f.pageTitle = QStringLiteral("政务公开");
        f.description = description;
        f.severity = FindingSeverity::Deduction;
        f.state = state;
        f.inspector = QStringLiteral("张三");
        f.foundAt = QDateTime(QDate(2026, 11, 24), QTime(9, 30, 15), Qt::UTC);
        f.elementSelector = QStringLiteral("#leaders > li:nth-child(2)");
        f.elementText = QStringLiteral("副县长 王某");
        f.elementBox = QRectF(12.5, 340, 220.25, 18);
        f.checkId = QStringLiteral("typo.confusion");
        auto id = FindingRepository(db()).create(f);
        return id ? id.value() : 0;
    }

    Evidence meta(qint64 findingId) const
    {
        Evidence e;
        e.findingId = findingId;
        e.kind = EvidenceKind::Screenshot;
        e.captureMode = CaptureMode::FullPage;
        e.pageUrl = QStringLiteral("http://127.0.0.1:18460/zwgk/index.html");
        e.finalUrl = QStringLiteral("http://127.0.0.1:18460/zwgk/index.html?x=1");
        e.httpStatus = 200;
        e.capturedAt = QDateTime(QDate(2026, 11, 24), QTime(9, 31, 2), Qt::UTC);
        e.caption = QStringLiteral("领导信息");
        return e;
    }

    static QImage picture(QRgb colour)
    {
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(colour);
        return image;
    }

    /// Round 2026Q4 on the unit of sites A and B (a third site of another unit stays outside),
    /// findings with a screenshot, its annotated copy, an archive and a re-check picture (left out),
    /// a candidate, a false positive and a deleted finding (all left out), and verdicts.
    void buildRound()
    {
        m_place = addFindingPlace(db());
        QVERIFY(m_place.roundId > 0);
        auto site = SiteRepository(db()).get(m_place.siteId);
        QVERIFY(site.ok());
        const qint64 unitA = site.value().unitId;
        m_siteB = addSite(unitA, QStringLiteral("青禾县教育局"), QStringLiteral("http://127.0.0.1:18461/"));
        Unit other;
        other.name = QStringLiteral("红石县人民政府办公室");
        auto unitOther = UnitRepository(db()).create(other);
        QVERIFY(unitOther.ok());
        m_siteOther = addSite(unitOther.value(), QStringLiteral("红石县人民政府"),
                              QStringLiteral("http://127.0.0.1:18462/"));
        QVERIFY(m_siteB > 0 && m_siteOther > 0);
        auto round = RoundRepository(db()).get(m_place.roundId);
        QVERIFY(round.ok());
        Round r = round.value();
        r.kind = RoundKind::PeerCheck;
        r.period = QStringLiteral("2026Q4");
        r.periodStart = QDate(2026, 10, 1);
        r.periodEnd = QDate(2026, 12, 31);
        r.team = QStringLiteral("第二检查组");
        r.unitIds = {unitA};
        r.itemCodes = {QStringLiteral("W-D1")};
        QVERIFY2(RoundRepository(db()).update(r).ok(), "round update");

        m_findingA = addFinding(m_place.siteId, QStringLiteral("领导信息未更新"), FindingState::Confirmed);
        m_findingB = addFinding(m_siteB, QStringLiteral("栏目长期未更新"), FindingState::Notified);
        QVERIFY(addFinding(m_place.siteId, QStringLiteral("待确认的候选问题"), FindingState::Candidate) > 0);
        QVERIFY(addFinding(m_place.siteId, QStringLiteral("误报"), FindingState::FalsePositive) > 0);
        const qint64 deleted = addFinding(m_siteB, QStringLiteral("已删除的问题"), FindingState::Confirmed);
        QVERIFY(FindingRepository(db()).remove(deleted).ok());
        QVERIFY(m_findingA > 0 && m_findingB > 0);

        const EvidenceRecorder recorder(db(), dir().path());
        QVERIFY(
            recorder.addScreenshot(picture(qRgb(200, 30, 30)), picture(qRgb(30, 200, 30)), meta(m_findingA))
                .ok());
        Evidence archive = meta(m_findingA);
        archive.kind = EvidenceKind::Archive;
        archive.captureMode = CaptureMode::None;
        archive.fileSuffix = QStringLiteral("mhtml");
        archive.mediaType = QStringLiteral("multipart/related");
        QVERIFY(recorder.addBytes("MIME-Version: 1.0\r\n\r\n<html>archived page</html>", archive).ok());
        Evidence after = meta(m_findingA);
        after.atRecheck = true;
        QVERIFY(recorder.addImage(picture(qRgb(1, 2, 3)), after).ok());
        QVERIFY(recorder.addImage(picture(qRgb(90, 90, 250)), meta(m_findingB)).ok());

        Verdict v;
        v.roundId = m_place.roundId;
        v.siteId = m_place.siteId;
        v.itemCode = QStringLiteral("W-D1");
        v.value = VerdictValue::Fail;
        v.points = 2.5;
        v.note = QStringLiteral("领导信息缺少分工");
        v.inspector = QStringLiteral("张三");
        QVERIFY(VerdictRepository(db()).save(v).ok());
        v.siteId = m_siteB;
        v.value = VerdictValue::Pass;
        v.points = 0;
        v.note.clear();
        QVERIFY(VerdictRepository(db()).save(v).ok());
    }

    AuditPackageWriter::Request request(AuditPackageKind kind, const QString &file,
                                        const QString &passphrase = {}) const
    {
        AuditPackageWriter::Request r;
        r.kind = kind;
        r.roundId = m_place.roundId;
        r.exporter = QStringLiteral("第二检查组");
        r.passphrase = passphrase;
        r.outPath = dir().filePath(file);
        return r;
    }

private slots:
    void assignmentRoundTrip()
    {
        buildRound();
        const auto req = request(AuditPackageKind::Assignment, QStringLiteral("assignment.xjaudit"));
        auto collected = AuditPackageWriter::collect(db(), req);
        QVERIFY2(collected.ok(), qPrintable(collected ? QString() : collected.error().fullText()));
        const AuditPackage &expected = collected.value();
        // The round covers unit A only: sites A and B, never the other unit's site.
        QCOMPARE(expected.round.sites.size(), 2);
        QCOMPARE(expected.round.sites.at(0).originId, m_place.siteId);
        QCOMPARE(expected.round.sites.at(1).originId, m_siteB);
        QCOMPARE(expected.round.sites.at(1).unitName, QStringLiteral("青禾县人民政府办公室"));
        QCOMPARE(expected.round.kind, QStringLiteral("peer"));
        QCOMPARE(expected.round.itemCodes, QStringList{QStringLiteral("W-D1")});
        QCOMPARE(expected.round.websiteChecklist, QStringLiteral("{}"));
        QCOMPARE(expected.manifest.checklistKey, QStringLiteral("evidence-test"));
        QVERIFY(expected.findings.isEmpty() && expected.verdicts.isEmpty());
        QCOMPARE(expected.manifest.files.size(), 1);

        int calls = 0;
        const Status written =
            AuditPackageWriter::write(db(), dir().path(), req, [&calls](qint64 done, qint64 total) {
                ++calls;
                QVERIFY(done <= total);
            });
        QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().fullText()));
        QVERIFY(calls > 0);
        QVERIFY(!QFileInfo::exists(QString(req.outPath + QStringLiteral(".part"))));
        QCOMPARE(readZipEntries(req.outPath).keys(),
                 (QStringList{QStringLiteral("manifest.json"), QStringLiteral("round.json")}));

        AuditPackageReader reader;
        const Status opened = reader.open(req.outPath);
        QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().fullText()));
        QCOMPARE(reader.package().round, expected.round);
        QCOMPARE(reader.package().manifest.kind, AuditPackageKind::Assignment);
        QCOMPARE(reader.package().manifest.exporter, QStringLiteral("第二检查组"));
        QCOMPARE(reader.package().manifest.sites, expected.manifest.sites);
        QCOMPARE(reader.package().manifest.files, expected.manifest.files);
        QVERIFY(!reader.package().signatureChecked);
        QCOMPARE(reader.packageSha256(), fileSha256(req.outPath));
    }

    void resultRoundTripSigned()
    {
        buildRound();
        const auto req = request(AuditPackageKind::Result, QStringLiteral("result.xjaudit"), Passphrase);
        auto collected = AuditPackageWriter::collect(db(), req);
        QVERIFY2(collected.ok(), qPrintable(collected ? QString() : collected.error().fullText()));
        const AuditPackage &expected = collected.value();
        // Only the live findings: not the candidate, the false positive or the deleted one.
        QCOMPARE(expected.findings.size(), 2);
        const AuditFinding &a = expected.findings.at(0);
        QCOMPARE(a.originId, m_findingA);
        QCOMPARE(a.siteOriginId, m_place.siteId);
        QCOMPARE(a.elementBox, QRectF(12.5, 340, 220.25, 18));
        QCOMPARE(a.foundAt, QDateTime(QDate(2026, 11, 24), QTime(9, 30, 15), Qt::UTC));
        // Screenshot, its annotated copy and the archive; the re-check picture stays home.
        QCOMPARE(a.evidence.size(), 3);
        QCOMPARE(a.evidence.at(1).kind, QStringLiteral("annotated"));
        QCOMPARE(a.evidence.at(1).originalSha256, a.evidence.at(0).sha256);
        QCOMPARE(a.evidence.at(2).suffix, QStringLiteral("mhtml"));
        QCOMPARE(expected.findings.at(1).state, QStringLiteral("notified"));
        QCOMPARE(expected.verdicts.size(), 2);
        QCOMPARE(expected.verdicts.at(0).points, 2.5);
        QCOMPARE(expected.manifest.files.size(), 3 + 4);

        QVERIFY(AuditPackageWriter::write(db(), dir().path(), req).ok());
        const auto entries = readZipEntries(req.outPath);
        QVERIFY(entries.contains(QStringLiteral("manifest.sig")));
        QCOMPARE(
            entries.value(QStringLiteral("manifest.sig")),
            AuditManifest::signature(entries.value(QStringLiteral("manifest.json")), Passphrase).toLatin1());

        AuditPackageReader reader;
        qint64 lastDone = 0;
        const Status opened =
            reader.open(req.outPath, Passphrase, {}, [&lastDone](qint64 done, qint64) { lastDone = done; });
        QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().fullText()));
        QVERIFY(lastDone > 0);
        const AuditPackage &got = reader.package();
        QVERIFY(got.signatureChecked);
        QCOMPARE(got.round, expected.round);
        QCOMPARE(got.findings, expected.findings);
        QCOMPARE(got.verdicts, expected.verdicts);
        QCOMPARE(got.manifest, AuditManifest::parse(entries.value(QStringLiteral("manifest.json"))).value());
        // collect() and write() ran at different times: all but the creation time is the same.
        AuditManifest again = got.manifest;
        again.createdAt = expected.manifest.createdAt;
        QCOMPARE(again, expected.manifest);
        const EvidenceStore store(dir().path());
        for (const AuditFinding &f : got.findings)
            for (const AuditEvidence &e : f.evidence) {
                auto bytes = reader.evidenceBytes(e);
                QVERIFY2(bytes.ok(), qPrintable(bytes ? QString() : bytes.error().fullText()));
                QCOMPARE(bytes.value(), store.read(e.sha256, e.suffix).value());
            }
    }

    void narrowedSitesAndOriginIds()
    {
        buildRound();
        // The team imported this round as the office's assignment: its result names the office's ids.
        QVERIFY(db().exec(QStringLiteral(
                              "INSERT INTO audit_assignments (id, round_id, exporter, origin_round_id, "
                              "package_sha256) VALUES (1, ?, '市网信办', 7001, ?)"),
                          {m_place.roundId, QString(64, u'a')})
                    .ok());
        QVERIFY(db().exec(QStringLiteral("INSERT INTO audit_site_links VALUES (1, ?, 9001), (1, ?, 9002)"),
                          {m_place.siteId, m_siteB})
                    .ok());
        auto req = request(AuditPackageKind::Result, QStringLiteral("narrow.xjaudit"));
        req.siteIds = {m_siteB};
        auto collected = AuditPackageWriter::collect(db(), req);
        QVERIFY2(collected.ok(), qPrintable(collected ? QString() : collected.error().fullText()));
        QCOMPARE(collected.value().round.originId, 7001);
        QCOMPARE(collected.value().manifest.roundId, 7001);
        QCOMPARE(collected.value().round.sites.size(), 1);
        QCOMPARE(collected.value().round.sites.first().originId, 9002);
        QCOMPARE(collected.value().findings.size(), 1);
        QCOMPARE(collected.value().findings.first().siteOriginId, 9002);
        QCOMPARE(collected.value().verdicts.size(), 1);
        QVERIFY(AuditPackageWriter::write(db(), dir().path(), req).ok());
        AuditPackageReader reader;
        QVERIFY(reader.open(req.outPath).ok());
        QCOMPARE(reader.package().findings, collected.value().findings);
    }

    void hostilePackagesAreRefused()
    {
        buildRound();
        const auto req = request(AuditPackageKind::Result, QStringLiteral("valid.xjaudit"), Passphrase);
        QVERIFY(AuditPackageWriter::write(db(), dir().path(), req).ok());
        AuditPackageReader check;
        QVERIFY(check.open(req.outPath, Passphrase).ok());

        const QString folder = dir().filePath(QStringLiteral("hostile"));
        QVERIFY(QDir().mkpath(folder));
        const QList<HostileAuditPackage> cases = makeHostileAuditPackages(req.outPath, Passphrase, folder);
        QCOMPARE(cases.size(), 26);
        for (const HostileAuditPackage &c : cases) {
            QVERIFY2(QFileInfo::exists(c.path), qPrintable(c.name));
            AuditPackageReader reader;
            const Status s = reader.open(c.path, c.passphrase, c.limits);
            QVERIFY2(!s.ok(), qPrintable(QString(c.name + QStringLiteral(" was accepted"))));
            QVERIFY2(s.error().message.contains(c.expectedMessage),
                     qPrintable(QString(c.name + QStringLiteral(": ") + s.error().message)));
            QVERIFY2(reader.packageSha256().isEmpty(), qPrintable(c.name));
        }
        // Nothing was unpacked next to the packages.
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::NoDotAndDotDot).size(), cases.size());
        QVERIFY(!QFileInfo::exists(dir().filePath(QStringLiteral("evil"))));
    }

    void collectRefusals()
    {
        buildRound();
        auto req = request(AuditPackageKind::Assignment, QStringLiteral("x.xjaudit"));
        req.roundId = 999;
        auto unknown = AuditPackageWriter::collect(db(), req);
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message.contains(QStringLiteral("does not exist")));

        req = request(AuditPackageKind::Assignment, QStringLiteral("x.xjaudit"));
        req.siteIds = {m_place.siteId, m_siteOther};
        auto outside = AuditPackageWriter::collect(db(), req);
        QVERIFY(!outside.ok());
        QVERIFY(outside.error().message.contains(QStringLiteral("not part of the round")));

        req = request(AuditPackageKind::Assignment, QStringLiteral("x.xjaudit"));
        req.exporter = QStringLiteral("  ");
        auto anonymous = AuditPackageWriter::collect(db(), req);
        QVERIFY(!anonymous.ok());
        QVERIFY(anonymous.error().message.contains(QStringLiteral("who sends the package")));

        Round empty;
        empty.name = QStringLiteral("空轮次");
        empty.inspectionDate = QDate(2026, 11, 25);
        empty.websiteTemplateId = RoundRepository(db()).get(m_place.roundId).value().websiteTemplateId;
        auto emptyId = RoundRepository(db()).create(empty);
        QVERIFY2(emptyId.ok(), qPrintable(emptyId ? QString() : emptyId.error().fullText()));
        req = request(AuditPackageKind::Result, QStringLiteral("x.xjaudit"));
        req.roundId = emptyId.value();
        auto nothing = AuditPackageWriter::collect(db(), req);
        QVERIFY(!nothing.ok());
        QVERIFY(nothing.error().message.contains(QStringLiteral("no result to send")));
        QVERIFY(!AuditPackageWriter::write(db(), dir().path(), req).ok());
        QVERIFY(!QFileInfo::exists(req.outPath));
    }

    void alteredEvidenceStopsTheWriter()
    {
        buildRound();
        const auto req = request(AuditPackageKind::Result, QStringLiteral("result.xjaudit"));
        auto collected = AuditPackageWriter::collect(db(), req);
        QVERIFY(collected.ok());
        const AuditEvidence &e = collected.value().findings.at(1).evidence.at(0);
        QFile file(EvidenceStore(dir().path()).absolutePathFor(e.sha256, e.suffix));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(20));
        QVERIFY(file.write("XX") == 2);
        file.close();
        const Status s = AuditPackageWriter::write(db(), dir().path(), req);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QStringLiteral("栏目长期未更新")), qPrintable(s.error().message));
        QVERIFY(!QFileInfo::exists(req.outPath));
        QVERIFY(!QFileInfo::exists(QString(req.outPath + QStringLiteral(".part"))));
    }

    void parseRefusesMalformedData()
    {
        AuditPackage p;
        p.round.originId = 5;
        p.round.name = QStringLiteral("R");
        p.round.kind = QStringLiteral("peer");
        p.round.inspectionDate = QDate(2026, 11, 1);
        p.round.sites = {{7,
                          QStringLiteral("website"),
                          QStringLiteral("S"),
                          QStringLiteral("http://s/"),
                          {},
                          {},
                          {},
                          QStringLiteral("U")}};
        auto round = AuditPackage::parseRound(p.roundBytes());
        QVERIFY(round.ok());
        QCOMPARE(round.value(), p.round);

        QJsonObject json = QJsonDocument::fromJson(p.roundBytes()).object();
        json.remove(QStringLiteral("team"));
        auto missing = AuditPackage::parseRound(QJsonDocument(json).toJson());
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QStringLiteral("“team”")));
        json.insert(QStringLiteral("team"), 3);
        QVERIFY(!AuditPackage::parseRound(QJsonDocument(json).toJson()).ok());
        QVERIFY(!AuditPackage::parseRound("not json").ok());

        AuditFinding f;
        f.originId = 1;
        f.siteOriginId = 7;
        f.description = QStringLiteral("d");
        f.severity = QStringLiteral("veto");
        f.state = QStringLiteral("confirmed");
        AuditEvidence e;
        e.kind = QStringLiteral("screenshot");
        e.sha256 = QString(64, u'b');
        e.suffix = QStringLiteral("png");
        f.evidence = {e};
        p.findings = {f};
        QCOMPARE(AuditPackage::parseFindings(p.findingsBytes()).value(), p.findings);
        p.findings[0].evidence[0].suffix = QStringLiteral("../x");
        auto badSuffix = AuditPackage::parseFindings(p.findingsBytes());
        QVERIFY(!badSuffix.ok());
        QVERIFY(badSuffix.error().message.contains(QStringLiteral("“suffix”")));
        p.findings[0].evidence[0].suffix = QStringLiteral("png");
        p.findings[0].evidence[0].sha256 = QString(64, u'B');
        QVERIFY(!AuditPackage::parseFindings(p.findingsBytes()).ok());
        p.findings[0].evidence[0].sha256 = QString(64, u'b');
        p.findings[0].severity = QStringLiteral("fatal");
        QVERIFY(AuditPackage::parseFindings(p.findingsBytes())
                    .error()
                    .message.contains(QStringLiteral("“severity”")));

        p.verdicts = {{7, QStringLiteral("W-D1"), QStringLiteral("maybe"), 0, {}, {}}};
        QVERIFY(!AuditPackage::parseVerdicts(p.verdictsBytes()).ok());
        p.verdicts[0].value = QStringLiteral("na");
        QCOMPARE(AuditPackage::parseVerdicts(p.verdictsBytes()).value(), p.verdicts);

        // An assignment carries no findings; a result's evidence must be listed in the manifest.
        p.findings[0].severity = QStringLiteral("veto");
        p.manifest.roundId = 5;
        p.manifest.sites = {{7, QStringLiteral("S"), QStringLiteral("http://s/")}};
        p.manifest.files = {{AuditPackageFiles::Round, QString(64, u'c'), 1}};
        QVERIFY(p.checkConsistency().error().message.contains(QStringLiteral("assignment")));
        p.manifest.kind = AuditPackageKind::Result;
        p.manifest.files << AuditManifest::File{AuditPackageFiles::Findings, QString(64, u'c'), 1}
                         << AuditManifest::File{AuditPackageFiles::Verdicts, QString(64, u'c'), 1};
        QVERIFY(p.checkConsistency().error().message.contains(QStringLiteral("is not listed")));
        p.manifest.files << AuditManifest::File{
            QString(QStringLiteral("evidence/") + QString(64, u'b') + QStringLiteral(".png")),
            QString(64, u'b'), 0};
        const Status consistent = p.checkConsistency();
        QVERIFY2(consistent.ok(), qPrintable(consistent ? QString() : consistent.error().message));
        p.verdicts[0].siteOriginId = 8;
        QVERIFY(p.checkConsistency().error().message.contains(QStringLiteral("not part of its round")));
    }
};

QTEST_GUILESS_MAIN(TestAuditPackage)
#include "tst_auditpackage.moc"
