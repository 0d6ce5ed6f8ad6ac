// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "TestDataDir.h"
#include "ZipEntries.h"
#include "audit/AuditPackageReader.h"
#include "core/ZipWriter.h"
#include "evidence/EvidenceRecorder.h"
#include "model/Finding.h"
#include "model/Verdict.h"
#include "storage/Database.h"
#include "storage/FindingRepository.h"
#include "storage/VerdictRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace xj;

/// `xunjian-cli audit export|import` as an office and a team would run it: the office exports an
/// assignment of the demo round, the team imports it, judges a site and sends a signed result back,
/// which the office files under its round. The packages are read back with AuditPackageReader and
/// the databases are checked row by row, also after every refused import.
class TestCliAudit : public QObject
{
    Q_OBJECT

    TestDataDir m_office;
    TestDataDir m_team;
    TestDataDir m_files;
    qint64 m_teamRound = 0;

    static const QString &passphraseText()
    {
        static const QString text = QStringLiteral("青禾-互查-2026");
        return text;
    }
    QString file(const QString &name) const { return m_files.filePath(name); }
    QString assignmentPath() const { return file(QStringLiteral("assignment.xjaudit")); }
    QString resultPath() const { return file(QStringLiteral("result.xjaudit")); }
    QString passphraseFile() const { return file(QStringLiteral("passphrase.txt")); }

    static QStringList auditImport(const QString &package, const QString &dataDir,
                                   const QStringList &extra = {})
    {
        return QStringList{QStringLiteral("audit"), QStringLiteral("import"), package,
                           QStringLiteral("--data-dir"), dataDir} +
               extra;
    }
    /// The office's audit rows and own findings, to show a refused import changed nothing.
    QList<qint64> officeCounts() const
    {
        Database db;
        if (!db.open(m_office.databasePath()))
            return {};
        QList<qint64> counts;
        for (const char *table : {"audit_imports", "audit_findings", "audit_evidence", "audit_verdicts",
                                  "audit_assignments", "rounds", "findings", "verdicts", "evidence"}) {
            auto q = db.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
            counts.append(q && q.value().next() ? q.value().value(0).toLongLong() : -1);
        }
        return counts;
    }
    /// The demo's texts follow the language it was made in, so expectations read them back.
    QString officeText(const QString &sql) const
    {
        Database db;
        if (!db.open(m_office.databasePath()))
            return {};
        auto q = db.exec(sql);
        return q && q.value().next() ? q.value().value(0).toString() : QString();
    }
    QString demoTeam() const { return officeText(QStringLiteral("SELECT team FROM rounds WHERE id = 1")); }
    QString demoRoundName() const
    {
        return officeText(QStringLiteral("SELECT name FROM rounds WHERE id = 1"));
    }
    static qint64 count(const QString &databasePath, const QString &sql)
    {
        Database db;
        if (!db.open(databasePath))
            return -1;
        auto q = db.exec(sql);
        return q && q.value().next() ? q.value().value(0).toLongLong() : -1;
    }
    /// A copy of `source` whose entries `change` edits, written as a fresh zip.
    static bool rewriteZip(const QString &source, const QString &target,
                           const std::function<void(QMap<QString, QByteArray> &)> &change)
    {
        QMap<QString, QByteArray> entries = readZipEntries(source);
        if (entries.isEmpty())
            return false;
        change(entries);
        ZipWriter zip;
        if (!zip.open(target))
            return false;
        for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
            if (!zip.add(it.key(), it.value()))
                return false;
        }
        return zip.close().ok();
    }
    static bool writeText(const QString &path, const QByteArray &text)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
    }
    static qint64 roundOf(const QString &out)
    {
        const auto match =
            QRegularExpression(QStringLiteral("^Round: (\\d+)"), QRegularExpression::MultilineOption)
                .match(out);
        return match.hasMatch() ? match.captured(1).toLongLong() : 0;
    }

private slots:
    void initTestCase()
    {
        // A passphrase in the developer's environment would sign what the tests expect unsigned.
        qunsetenv("XUNJIAN_AUDIT_PASSPHRASE");
        const CliRun init = runCli({QStringLiteral("init-demo"), QStringLiteral("--data-dir"),
                                    m_office.path(), QStringLiteral("--no-evidence"),
                                    QStringLiteral("--today"), QStringLiteral("2026-11-27")});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        // An editor's final newline is not part of the passphrase.
        QVERIFY(writeText(passphraseFile(), passphraseText().toUtf8() + "\n"));
        QVERIFY(writeText(file(QStringLiteral("wrong.txt")), "not-the-passphrase\n"));
    }

    void helpSaysWhereThePassphraseComesFrom()
    {
        const CliRun r = runCli({QStringLiteral("audit"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("XUNJIAN_AUDIT_PASSPHRASE")));
        QVERIFY(r.out.contains(QLatin1String("--passphrase-file")));
        QVERIFY(r.out.contains(QLatin1String("never taken as a command-line")));
    }

    void exportAssignment()
    {
        const CliRun r =
            runCli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--data-dir"),
                    m_office.path(), QStringLiteral("--round"), QStringLiteral("1"),
                    QStringLiteral("--sites"), QStringLiteral("1,2"), QStringLiteral("--kind"),
                    QStringLiteral("assignment"), QStringLiteral("--out"), assignmentPath()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        QCOMPARE(QDir::fromNativeSeparators(lines.first()), assignmentPath());
        QVERIFY(lines.contains(QLatin1String("Kind: assignment")));
        QVERIFY(lines.contains(QLatin1String("Sites: 2 (1, 2)")));
        QVERIFY(lines.contains(QLatin1String("Signed: no")));
        QVERIFY(QFile::exists(assignmentPath()));

        AuditPackageReader reader;
        const Status opened = reader.open(assignmentPath());
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().fullText()));
        const AuditPackage &package = reader.package();
        QCOMPARE(package.manifest.kind, AuditPackageKind::Assignment);
        QCOMPARE(package.manifest.roundId, 1);
        // The exporter defaults to the round's team.
        QVERIFY(!demoTeam().isEmpty());
        QCOMPARE(package.manifest.exporter, demoTeam());
        QVERIFY(lines.contains(QString(QStringLiteral("Exporter: ") + demoTeam())));
        QList<qint64> sites;
        for (const AuditSite &site : package.round.sites)
            sites.append(site.originId);
        std::sort(sites.begin(), sites.end());
        QCOMPARE(sites, (QList<qint64>{1, 2}));
        QCOMPARE(package.round.sites.first().name.isEmpty(), false);
        QVERIFY(!package.signatureChecked);
    }

    void importAssignmentIntoTeam()
    {
        const CliRun r = runCli(auditImport(assignmentPath(), m_team.path()));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("Kind: assignment")));
        QVERIFY(r.out.contains(QLatin1String("Sites: 2")));
        m_teamRound = roundOf(r.out);
        QVERIFY2(m_teamRound > 0, qPrintable(r.out));

        const CliRun rounds = runCli({QStringLiteral("rounds"), QStringLiteral("--data-dir"), m_team.path()});
        QCOMPARE(rounds.exitCode, 0);
        const QStringList lines = rounds.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        QVERIFY(lines.first().startsWith(QString::number(m_teamRound) + QLatin1Char('\t')));
        QVERIFY(lines.first().contains(QString(QLatin1Char('\t') + demoRoundName() + QLatin1Char('\t'))));
        QCOMPARE(count(m_team.databasePath(), QStringLiteral("SELECT count(*) FROM audit_site_links")), 2);

        // The same assignment twice is refused and creates nothing.
        const CliRun again = runCli(auditImport(assignmentPath(), m_team.path()));
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(QLatin1String("Nothing was imported")));
        QCOMPARE(count(m_team.databasePath(), QStringLiteral("SELECT count(*) FROM rounds")), 1);
    }

    void teamExportsSignedResult()
    {
        QVERIFY(m_teamRound > 0);
        {
            Database db;
            QVERIFY(db.open(m_team.databasePath()).ok());
            auto site =
                db.exec(QStringLiteral("SELECT site_id FROM audit_site_links WHERE origin_site_id = 1"));
            QVERIFY(site && site.value().next());
            const qint64 siteId = site.value().value(0).toLongLong();
            auto item = db.exec(QStringLiteral("SELECT ci.code FROM rounds r JOIN checklist_items ci "
                                               "ON ci.template_id = r.website_template_id "
                                               "WHERE r.id = ? AND ci.kind = 'deduction' "
                                               "ORDER BY ci.sort_order LIMIT 1"),
                                {m_teamRound});
            QVERIFY(item && item.value().next());
            const QString itemCode = item.value().value(0).toString();

            Finding finding;
            finding.roundId = m_teamRound;
            finding.siteId = siteId;
            finding.itemCode = itemCode;
            finding.url = QStringLiteral("http://127.0.0.1:18460/news/1.html");
            finding.description = QStringLiteral("栏目超过半年未更新");
            finding.severity = FindingSeverity::Deduction;
            finding.inspector = QStringLiteral("王芳");
            auto findingId = FindingRepository(db).create(finding);
            QVERIFY2(findingId, qPrintable(findingId ? QString() : findingId.error().fullText()));
            QImage picture(320, 200, QImage::Format_RGB32);
            picture.fill(QColor(40, 90, 160));
            QPainter(&picture).fillRect(20, 20, 100, 60, Qt::yellow);
            Evidence meta;
            meta.findingId = findingId.value();
            meta.kind = EvidenceKind::Screenshot;
            meta.capturedAt = QDateTime::currentDateTimeUtc();
            QVERIFY(EvidenceRecorder(db, m_team.path()).addImage(picture, meta).ok());
            Verdict verdict;
            verdict.roundId = m_teamRound;
            verdict.siteId = siteId;
            verdict.itemCode = itemCode;
            verdict.value = VerdictValue::Fail;
            verdict.points = 1;
            verdict.inspector = QStringLiteral("王芳");
            QVERIFY(VerdictRepository(db).save(verdict).ok());
        }
        const CliRun r =
            runCli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--data-dir"),
                    m_team.path(), QStringLiteral("--round"), QString::number(m_teamRound),
                    QStringLiteral("--kind"), QStringLiteral("result"), QStringLiteral("--out"), resultPath(),
                    QStringLiteral("--passphrase-file"), passphraseFile()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("Kind: result")));
        QVERIFY(r.out.contains(QLatin1String("Findings: 1\n")));
        QVERIFY(r.out.contains(QLatin1String("Evidence files: 1\n")));
        QVERIFY(r.out.contains(QLatin1String("Signed: yes")));

        // Signed with the file's first line, without its newline.
        AuditPackageReader reader;
        const Status opened = reader.open(resultPath(), passphraseText());
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().fullText()));
        QVERIFY(reader.package().signatureChecked);
        QCOMPARE(reader.package().manifest.kind, AuditPackageKind::Result);
        QCOMPARE(reader.package().manifest.roundId, 1); // the office's round
        QCOMPARE(reader.package().findings.size(), 1);
        QCOMPARE(reader.package().findings.first().siteOriginId, 1);
    }

    void passphraseFromTheEnvironment()
    {
        qputenv("XUNJIAN_AUDIT_PASSPHRASE", passphraseText().toUtf8());
        const QString path = file(QStringLiteral("result-env.xjaudit"));
        const CliRun r =
            runCli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--data-dir"),
                    m_team.path(), QStringLiteral("--round"), QString::number(m_teamRound),
                    QStringLiteral("--kind"), QStringLiteral("result"), QStringLiteral("--out"), path});
        qunsetenv("XUNJIAN_AUDIT_PASSPHRASE");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("Signed: yes")));
        AuditPackageReader reader;
        QVERIFY(reader.open(path, passphraseText()).ok());
        QVERIFY(reader.package().signatureChecked);
        AuditPackageReader wrong;
        QVERIFY(!wrong.open(path, QStringLiteral("something else")).ok());
    }

    void wrongOrMissingPassphraseIsRefused_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("wrong") << QStringList{QStringLiteral("--passphrase-file"),
                                              file(QStringLiteral("wrong.txt"))};
        QTest::newRow("missing") << QStringList{};
    }
    void wrongOrMissingPassphraseIsRefused()
    {
        QFETCH(QStringList, extra);
        const QList<qint64> before = officeCounts();
        QVERIFY(!before.isEmpty());
        const CliRun r = runCli(auditImport(resultPath(), m_office.path(), extra));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.startsWith(QLatin1String("Error: ")));
        QVERIFY(r.err.contains(QLatin1String("Nothing was imported")));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(officeCounts(), before);
    }

    void tamperedPackageIsRefused_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::newRow("evidence byte flipped") << QStringLiteral("evidence/");
        QTest::newRow("round.json changed") << QStringLiteral("round.json");
    }
    void tamperedPackageIsRefused()
    {
        QFETCH(QString, entry);
        const QString tampered = file(QStringLiteral("tampered.xjaudit"));
        QFile::remove(tampered);
        QString changed;
        QVERIFY(rewriteZip(resultPath(), tampered, [&](QMap<QString, QByteArray> &entries) {
            for (auto it = entries.begin(); it != entries.end(); ++it) {
                if (!it.key().startsWith(entry))
                    continue;
                changed = it.key();
                if (entry == QLatin1String("round.json"))
                    it.value().replace("\"name\"", "\"name\" ");
                else
                    it.value()[it.value().size() / 2] = char(it.value().at(it.value().size() / 2) ^ 0x5a);
                return;
            }
        }));
        QVERIFY(!changed.isEmpty());
        const QList<qint64> before = officeCounts();
        const CliRun r = runCli(
            auditImport(tampered, m_office.path(), {QStringLiteral("--passphrase-file"), passphraseFile()}));
        QCOMPARE(r.exitCode, 1);
        // The message names the file of the package that does not match its manifest.
        QVERIFY2(r.err.contains(changed) || r.err.contains(QFileInfo(changed).fileName()), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("Nothing was imported")));
        QCOMPARE(officeCounts(), before);
    }

    void officeImportsResult()
    {
        const QList<qint64> before = officeCounts();
        const CliRun r = runCli(auditImport(resultPath(), m_office.path(),
                                            {QStringLiteral("--passphrase-file"), passphraseFile()}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("Kind: result")));
        QVERIFY(r.out.contains(QString(QStringLiteral("Exporter: ") + demoTeam() + QLatin1Char('\n'))));
        QVERIFY(r.out.contains(QString(QStringLiteral("Round: 1 ") + demoRoundName() + QLatin1Char('\n'))));
        QVERIFY(r.out.contains(QLatin1String("Findings: 1\n")));
        QVERIFY(r.out.contains(QLatin1String("Verdicts: 1\n")));
        QVERIFY(r.out.contains(QLatin1String("Evidence files: 1\n")));
        QVERIFY(r.out.contains(QLatin1String("Signature checked: yes")));
        const QString db = m_office.databasePath();
        QCOMPARE(
            count(db, QStringLiteral("SELECT count(*) FROM audit_imports WHERE round_id = 1 AND signed = 1")),
            1);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_findings WHERE site_id = 1 "
                                          "AND description = '栏目超过半年未更新'")),
                 1);
        // The demo's own peer-audit team is there already; count the signed import only.
        const QString signedImport =
            QStringLiteral(" import_id = (SELECT id FROM audit_imports WHERE signed = 1)");
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_verdicts WHERE value = 'fail' AND") +
                               signedImport),
                 1);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM audit_evidence")), 1);
        // The team's finding is kept apart from the office's own.
        const QList<qint64> after = officeCounts();
        QCOMPARE(after.mid(5), before.mid(5));

        // The same file again is refused.
        const CliRun again = runCli(auditImport(resultPath(), m_office.path(),
                                                {QStringLiteral("--passphrase-file"), passphraseFile()}));
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QLatin1String("already imported"), Qt::CaseInsensitive),
                 qPrintable(again.err));
        QCOMPARE(officeCounts(), after);
    }

    void exporterIsNeededWhenNothingNamesOne()
    {
        // Round 2 without a team, in an office without its name in the notice settings.
        {
            Database db;
            QVERIFY(db.open(m_office.databasePath()).ok());
            QVERIFY(db.exec(QStringLiteral("UPDATE rounds SET team = '' WHERE id = 2")).ok());
            QVERIFY(db.exec(QStringLiteral("DELETE FROM app_meta WHERE key = 'notice.office'")).ok());
        }
        const QString path = file(QStringLiteral("round2.xjaudit"));
        const QStringList args{QStringLiteral("audit"),      QStringLiteral("export"),
                               QStringLiteral("--data-dir"), m_office.path(),
                               QStringLiteral("--round"),    QStringLiteral("2"),
                               QStringLiteral("--kind"),     QStringLiteral("assignment"),
                               QStringLiteral("--out"),      path};
        const CliRun refused = runCli(args);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("--exporter")), qPrintable(refused.err));
        QVERIFY(!QFile::exists(path));

        const CliRun named =
            runCli(args + QStringList{QStringLiteral("--exporter"), QStringLiteral("清江市网信办")});
        QVERIFY2(named.exitCode == 0, qPrintable(named.err));
        AuditPackageReader reader;
        QVERIFY(reader.open(path).ok());
        QCOMPARE(reader.package().manifest.exporter, QStringLiteral("清江市网信办"));
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString dir = m_office.path();
        const QString out = file(QStringLiteral("never.xjaudit"));
        const QStringList exportBase{QStringLiteral("audit"), QStringLiteral("export"),
                                     QStringLiteral("--data-dir"), dir};
        const QStringList round{QStringLiteral("--round"), QStringLiteral("1")};
        const QStringList kind{QStringLiteral("--kind"), QStringLiteral("assignment")};
        const QStringList outArg{QStringLiteral("--out"), out};
        QTest::newRow("no action") << QStringList{QStringLiteral("audit"), QStringLiteral("--data-dir"), dir};
        QTest::newRow("unknown action") << QStringList{QStringLiteral("audit"), QStringLiteral("send"),
                                                       QStringLiteral("--data-dir"), dir};
        QTest::newRow("export without --round") << exportBase + kind + outArg;
        QTest::newRow("export with a bad --round")
            << exportBase + QStringList{QStringLiteral("--round"), QStringLiteral("one")} + kind + outArg;
        QTest::newRow("export without --kind") << exportBase + round + outArg;
        QTest::newRow("export with an unknown kind")
            << exportBase + round + QStringList{QStringLiteral("--kind"), QStringLiteral("report")} + outArg;
        QTest::newRow("export without --out") << exportBase + round + kind;
        QTest::newRow("export with bad --sites")
            << exportBase + round + kind + outArg +
                   QStringList{QStringLiteral("--sites"), QStringLiteral("1,x")};
        QTest::newRow("export with a file argument") << exportBase + round + kind + outArg + QStringList{out};
        QTest::newRow("passphrase on the command line")
            << exportBase + round + kind + outArg +
                   QStringList{QStringLiteral("--passphrase"), QStringLiteral("x")};
        QTest::newRow("import without a file") << QStringList{
            QStringLiteral("audit"), QStringLiteral("import"), QStringLiteral("--data-dir"), dir};
        QTest::newRow("import of two files") << auditImport(out, dir) + QStringList{out};
        QTest::newRow("import with --kind")
            << auditImport(out, dir) + QStringList{QStringLiteral("--kind"), QStringLiteral("result")};
        QTest::newRow("import with a bad --round")
            << auditImport(out, dir) + QStringList{QStringLiteral("--round"), QStringLiteral("0")};
    }
    void badUsage()
    {
        QFETCH(QStringList, arguments);
        const QList<qint64> before = officeCounts();
        const CliRun r = runCli(arguments);
        QVERIFY2(r.exitCode == 2, qPrintable(QString::number(r.exitCode) + QLatin1Char(' ') + r.err));
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!QFile::exists(file(QStringLiteral("never.xjaudit"))));
        QCOMPARE(officeCounts(), before);
    }
};

QTEST_GUILESS_MAIN(TestCliAudit)
#include "tst_cliaudit.moc"
