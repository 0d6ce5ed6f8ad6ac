// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "TestDataDir.h"
#include "demo/DemoSiteGenerator.h"
#include "net/StaticFileServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

/// `xunjian-cli scan` as a user runs it, against the demo site served by this test: the reports it
/// writes, its usage errors, and a scan interrupted by a signal and resumed from --data-dir.
class TestCliScan : public QObject
{
    Q_OBJECT

    QTemporaryDir m_site;
    std::unique_ptr<xj::StaticFileServer> m_server;
    QStringList m_deadTargets; ///< absolute addresses of the planted dead links (P07)

    /// Runs the CLI while this process keeps serving the site (runCli() would block the server).
    CliRun scan(const QStringList &arguments, QProcess *keep = nullptr, int signalAfterMs = -1)
    {
        QProcess local;
        QProcess &process = keep ? *keep : local;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XUNJIAN_LANG"), QStringLiteral("en"));
        env.remove(QStringLiteral("XUNJIAN_DATA_DIR"));
        process.setProcessEnvironment(env);
        QSignalSpy done(&process, &QProcess::finished);
        process.start(cliExecutable(), QStringList{QStringLiteral("scan")} + arguments);
        if (!process.waitForStarted())
            return {};
        if (signalAfterMs >= 0) {
            QTest::qWait(signalAfterMs);
            ::kill(pid_t(process.processId()), SIGINT);
        }
        CliRun r;
        if (!done.wait(120000) || process.exitStatus() != QProcess::NormalExit)
            return r;
        r.exitCode = process.exitCode();
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        r.err = QString::fromUtf8(process.readAllStandardError());
        return r;
    }
    QString start() const { return m_server->baseUrl().toString() + QStringLiteral("index.html"); }

    static QJsonObject readJson(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
    }
    QStringList missingDeadLinks(const QJsonObject &report) const
    {
        QSet<QString> broken;
        for (const QJsonValue &c : report.value(QLatin1String("candidates")).toArray()) {
            if (c[QLatin1String("check")].toString() == QLatin1String("link.broken"))
                broken.insert(c[QLatin1String("url")].toString());
        }
        QStringList missing;
        for (const QString &t : m_deadTargets) {
            if (!broken.contains(t))
                missing.append(t);
        }
        return missing;
    }

private slots:
    void initTestCase()
    {
        xj::DemoSiteSpec spec;
        spec.today = QDate(2026, 11, 27);
        QVERIFY(xj::DemoSiteGenerator::generate(spec, m_site.path()));
        m_server = std::make_unique<xj::StaticFileServer>(m_site.path());
        QVERIFY(bool(m_server->listen()));
        QFile key(m_site.filePath(xj::DemoSiteGenerator::AnswerKeyFileName));
        QVERIFY(key.open(QIODevice::ReadOnly));
        for (const QJsonValue &p :
             QJsonDocument::fromJson(key.readAll())[QLatin1String("problems")].toArray()) {
            if (p[QLatin1String("category")].toString() != QLatin1String("P07"))
                continue;
            const QString target = p[QLatin1String("target")].toString();
            m_deadTargets.append(
                target.contains(QLatin1String("://")) ? target : m_server->baseUrl().toString() + target);
        }
        QCOMPARE(m_deadTargets.size(), 5);
    }

    void jsonAndCsvReports()
    {
        TestDataDir out;
        const QString json = out.filePath(QStringLiteral("report.json"));
        const CliRun r =
            scan({start(), QStringLiteral("--date"), QStringLiteral("2026-11-27"), QStringLiteral("--rate"),
                  QStringLiteral("0"), QStringLiteral("--concurrency"), QStringLiteral("6"),
                  QStringLiteral("--no-external"), QStringLiteral("--out"), json});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("written to")));
        QVERIFY(r.err.contains(QLatin1String("pages")));
        const QJsonObject report = readJson(json);
        QCOMPARE(report.value(QLatin1String("inspection_date")).toString(), QStringLiteral("2026-11-27"));
        QVERIFY2(missingDeadLinks(report).isEmpty(),
                 qPrintable(missingDeadLinks(report).join(QLatin1Char(' '))));

        const QString csv = out.filePath(QStringLiteral("report.csv"));
        const CliRun c =
            scan({start(), QStringLiteral("--rate"), QStringLiteral("0"), QStringLiteral("--no-external"),
                  QStringLiteral("--quiet"), QStringLiteral("--out"), csv});
        QVERIFY2(c.exitCode == 0, qPrintable(c.err));
        QVERIFY(c.err.isEmpty() || !c.err.contains(QLatin1String("pages ")));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = bytes.mid(3).split('\n');
        QVERIFY(lines.size() > 10);
        QVERIFY2(lines.first().contains("url") && lines.first().contains(','), lines.first().constData());
        QVERIFY(bytes.contains("ztzl/xxgc/index.html"));
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no --out") << QStringList{QStringLiteral("http://127.0.0.1:1/")} << "--out";
        QTest::newRow("not a web address")
            << QStringList{QStringLiteral("mailto:a@b.cn"), QStringLiteral("--out"), QStringLiteral("r.json")}
            << "not a web address";
        QTest::newRow("no address") << QStringList{QStringLiteral("--out"), QStringLiteral("r.json")}
                                    << "address";
        QTest::newRow("bad rate") << QStringList{QStringLiteral("http://127.0.0.1:1/"),
                                                 QStringLiteral("--rate"), QStringLiteral("fast"),
                                                 QStringLiteral("--out"), QStringLiteral("r.json")}
                                  << "--rate";
    }
    void badUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun r = runCli(QStringList{QStringLiteral("scan")} + arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void interruptedScanResumes()
    {
        TestDataDir data;
        const QString json = data.filePath(QStringLiteral("resumed.json"));
        const QStringList args{start(),
                               QStringLiteral("--rate"),
                               QStringLiteral("40"),
                               QStringLiteral("--no-external"),
                               QStringLiteral("--date"),
                               QStringLiteral("2026-11-27"),
                               QStringLiteral("--data-dir"),
                               data.path(),
                               QStringLiteral("--out"),
                               json};
        QProcess first;
        const CliRun stopped = scan(args, &first, 1500);
        QVERIFY2(stopped.exitCode != 0 && stopped.exitCode != -1, qPrintable(stopped.err));
        QVERIFY2(stopped.err.contains(QLatin1String("interrupted")), qPrintable(stopped.err));
        QVERIFY(!QFile::exists(json));

        // Only the --rate value changes: a substring replacement would also rewrite a port or a
        // temporary path that happens to contain "40", and the scan would no longer be the same one.
        QStringList fast = args;
        fast[fast.indexOf(QStringLiteral("--rate")) + 1] = QStringLiteral("0");
        const CliRun resumed = scan(fast);
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        QVERIFY2(resumed.err.contains(QLatin1String("Resuming")), qPrintable(resumed.err.left(300)));
        const QJsonObject report = readJson(json);
        QVERIFY2(missingDeadLinks(report).isEmpty(),
                 qPrintable(missingDeadLinks(report).join(QLatin1Char(' '))));
        QVERIFY(report.value(QLatin1String("summary"))[QLatin1String("pagesRead")].toInt() > 150);
    }
};

QTEST_GUILESS_MAIN(TestCliScan)
#include "tst_cliscan.moc"
