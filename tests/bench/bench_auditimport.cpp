// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"
#include "audit/AuditImporter.h"
#include "audit/AuditPackageWriter.h"
#include "checklist/ChecklistLibrary.h"
#include "core/ZipReader.h"
#include "evidence/EvidenceRecorder.h"
#include "evidence/EvidenceStore.h"
#include "inspection/RoundSetup.h"
#include "storage/FindingRepository.h"
#include "storage/SiteRepository.h"
#include "storage/UnitRepository.h"
#include "storage/VerdictRepository.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace xj;

// The office files a team's result for a whole round: 10 sites, 30 findings each (300), every
// finding with its own ~60 KB PNG screenshot, 10 verdicts per site, signed with a passphrase.
// Measured: AuditImporter::importFile into a fresh office database (verify the zip, every hash and
// the signature, parse, then one transaction with the rows and the 300 files put into the store).
// Baseline in the same run, "unzip and hash": ZipReader reads every entry of the same package and
// SHA-256s it, nothing else — the least any verifying import must do.
class BenchAuditImport : public QObject
{
    Q_OBJECT

    static constexpr int Sites = 10;
    static constexpr int FindingsPerSite = 30;
    static constexpr int Runs = 5;
    static inline const QString Passphrase = QStringLiteral("互查口令");
    QTemporaryDir m_packages;
    QString m_package;

    static double medianMs(QList<double> times)
    {
        std::sort(times.begin(), times.end());
        return times.at(times.size() / 2);
    }

    // The same registry and round in every database, so the team's site and round ids are the
    // office's (a round exported without an assignment names its own ids).
    static qint64 setUpRegistry(const Database &db)
    {
        auto unit = UnitRepository(db).findOrCreate(QStringLiteral("青禾县人民政府办公室"));
        if (!unit)
            return 0;
        for (int s = 0; s < Sites; ++s) {
            Site site;
            site.name = QStringLiteral("青禾县第%1网站").arg(s + 1);
            site.url = QStringLiteral("http://site%1.qinghe.gov.cn/").arg(s + 1);
            site.unitId = unit.value();
            if (!SiteRepository(db).create(site))
                return 0;
        }
        ChecklistLibrary library;
        library.load(QString());
        Round round;
        round.name = QStringLiteral("2026年第四季度互查");
        round.kind = RoundKind::PeerCheck;
        round.inspectionDate = QDate(2026, 11, 24);
        round.team = QStringLiteral("第二检查组");
        round.unitIds = {unit.value()};
        auto id = RoundSetup::create(db, round, library.find(QStringLiteral("national-2019-website")),
                                     library.find(QStringLiteral("national-2019-newmedia")));
        if (!id)
            qWarning().noquote() << id.error().fullText();
        return id ? id.value() : 0;
    }

    static QImage noise(int seed)
    {
        QImage image(200, 100, QImage::Format_RGB32);
        QRandomGenerator random(quint32(seed + 1));
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                image.setPixel(x, y, random.generate() | 0xff000000u);
        return image;
    }

    static QString sha256Of(const QByteArray &bytes)
    {
        return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_packages.isValid());
        TestDatabase team;
        const Database &db = team.db();
        const qint64 round = setUpRegistry(db);
        QVERIFY(round > 0);
        const EvidenceRecorder recorder(db, team.dir().path());
        for (qint64 site = 1; site <= Sites; ++site) {
            for (int i = 0; i < FindingsPerSite; ++i) {
                Finding f;
                f.siteId = site;
                f.roundId = round;
                f.itemCode = QStringLiteral("W-D%1").arg(1 + i % 13);
                f.url = QStringLiteral("http://site%1.qinghe.gov.cn/p%2.html").arg(site).arg(i);
                f.description = QStringLiteral("第%1号问题").arg(i + 1);
                f.foundAt = QDateTime(QDate(2026, 11, 25), QTime(9, 0), Qt::UTC);
                auto id = FindingRepository(db).create(f);
                QVERIFY(id);
                Evidence meta;
                meta.findingId = id.value();
                meta.capturedAt = f.foundAt;
                QVERIFY(recorder.addImage(noise(int(site) * 100 + i), meta));
            }
            for (int item = 1; item <= 10; ++item)
                QVERIFY(VerdictRepository(db).save({round,
                                                    site,
                                                    QStringLiteral("W-D%1").arg(item),
                                                    item % 3 ? VerdictValue::Pass : VerdictValue::Fail,
                                                    0,
                                                    {},
                                                    {},
                                                    {}}));
        }
        m_package = m_packages.filePath(QStringLiteral("result.xjaudit"));
        AuditPackageWriter::Request request;
        request.kind = AuditPackageKind::Result;
        request.roundId = round;
        request.exporter = QStringLiteral("第二检查组");
        request.passphrase = Passphrase;
        request.outPath = m_package;
        const Status written = AuditPackageWriter::write(db, team.dir().path(), request);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().fullText()));
        qInfo("package: %.1f MB", double(QFileInfo(m_package).size()) / (1024 * 1024));
    }

    void importAgainstUnzipAndHash()
    {
        QList<double> imports;
        QList<double> baseline;
        for (int run = 0; run < Runs; ++run) {
            TestDatabase office;
            QVERIFY(setUpRegistry(office.db()) > 0);
            AuditImporter::Options options;
            options.passphrase = Passphrase;
            QElapsedTimer timer;
            timer.start();
            auto outcome = AuditImporter::importFile(office.db(), office.dir().path(), m_package, options);
            imports.append(timer.nsecsElapsed() / 1e6);
            QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().fullText()));
            QCOMPARE(office.count(QStringLiteral("audit_findings")), Sites * FindingsPerSite);
            QCOMPARE(office.count(QStringLiteral("audit_evidence")), Sites * FindingsPerSite);
            QCOMPARE(office.count(QStringLiteral("audit_verdicts")), Sites * 10);
            int files = 0;
            QDirIterator it(office.dir().path() + QStringLiteral("/evidence"), QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                it.next();
                QFile file(it.filePath());
                QVERIFY(file.open(QIODevice::ReadOnly));
                QCOMPARE(sha256Of(file.readAll()), it.fileInfo().completeBaseName());
                ++files;
            }
            QCOMPARE(files, Sites * FindingsPerSite);

            timer.restart();
            ZipReader zip;
            QVERIFY(zip.open(m_package));
            auto entries = zip.entries(AuditPackageReader::MaxEntries);
            QVERIFY(entries);
            int hashed = 0;
            for (const ZipReader::Entry &entry : entries.value()) {
                auto bytes = zip.read(entry.name, AuditPackageReader::MaxEntryBytes);
                QVERIFY(bytes);
                hashed += sha256Of(bytes.value()).size() == 64;
            }
            baseline.append(timer.nsecsElapsed() / 1e6);
            QCOMPARE(hashed, int(entries.value().size()));
        }
        const double imported = medianMs(imports);
        const double floor = medianMs(baseline);
        qInfo("import of %d findings with %d screenshots: median %.1f ms; baseline unzip and hash: "
              "median %.1f ms; ratio %.2fx",
              Sites * FindingsPerSite, Sites * FindingsPerSite, imported, floor, imported / floor);
    }
};

QTEST_MAIN(BenchAuditImport)
#include "bench_auditimport.moc"
