// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "TestDataDir.h"
#include "demo/DemoAnswerKey.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace xj;

// `xunjian-cli check` on pages of a generated demo site, as a script or an inspector would run it.
class TestCliCheck : public QObject
{
    Q_OBJECT

    QTemporaryDir m_site;
    DemoAnswerKey m_key;

    QString page(const QString &id) const
    {
        for (const DemoProblem &p : m_key.problems) {
            if (p.id == id)
                return QDir(m_site.path()).filePath(p.page);
        }
        return {};
    }
    static QJsonObject json(const CliRun &run) { return QJsonDocument::fromJson(run.out.toUtf8()).object(); }
    static QStringList checksOf(const QJsonObject &report)
    {
        QStringList ids;
        for (const QJsonValue &v : report.value(QStringLiteral("candidates")).toArray())
            ids.append(v.toObject().value(QStringLiteral("check")).toString());
        return ids;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_site.isValid());
        const CliRun made = runCli({QStringLiteral("demo-site"), QStringLiteral("--out"), m_site.path(),
                                    QStringLiteral("--today"), QStringLiteral("2026-11-20")});
        QCOMPARE(made.exitCode, 0);
        auto key = DemoAnswerKey::load(QDir(m_site.path()).filePath(QStringLiteral("answer-key.json")));
        QVERIFY(key.ok());
        m_key = key.value();
    }

    void jsonListsTheCandidatesWithStableIds()
    {
        const CliRun run =
            runCli({QStringLiteral("check"), page(QStringLiteral("P01-typo-deploy")), QStringLiteral("--url"),
                    QStringLiteral("http://www.qhx-demo.gov.cn/a.html"), QStringLiteral("--date"),
                    QStringLiteral("2026-11-20"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject report = json(run);
        QCOMPARE(report.value(QStringLiteral("inspection_date")).toString(), QStringLiteral("2026-11-20"));
        QCOMPARE(report.value(QStringLiteral("url")).toString(),
                 QStringLiteral("http://www.qhx-demo.gov.cn/a.html"));
        bool found = false;
        for (const QJsonValue &v : report.value(QStringLiteral("candidates")).toArray()) {
            const QJsonObject c = v.toObject();
            if (c.value(QStringLiteral("check")).toString() == QLatin1String("typo.confusion")) {
                found = true;
                QVERIFY(QStringLiteral("周密布署").contains(c.value(QStringLiteral("text")).toString()));
                QCOMPARE(c.value(QStringLiteral("item")).toString(), QStringLiteral("W-V1"));
                QVERIFY(c.value(QStringLiteral("suggestion")).toString().contains(QStringLiteral("部署")));
            }
        }
        QVERIFY2(found, qPrintable(run.out));
    }

    void dateAndSiteCodeOptionsCount()
    {
        const QString notice = page(QStringLiteral("P02-future-date"));
        // Seen from a day after the planted date, the date is no longer in the future.
        const CliRun later =
            runCli({QStringLiteral("check"), notice, QStringLiteral("--date"), QStringLiteral("2027-01-31")});
        QCOMPARE(later.exitCode, 0);
        QVERIFY(!checksOf(json(later)).contains(QStringLiteral("date.future")));
        const CliRun onTime =
            runCli({QStringLiteral("check"), notice, QStringLiteral("--date"), QStringLiteral("2026-11-20")});
        QVERIFY(checksOf(json(onTime)).contains(QStringLiteral("date.future")));
        // A registry code that differs from the footer's is reported.
        const CliRun code =
            runCli({QStringLiteral("check"), notice, QStringLiteral("--date"), QStringLiteral("2026-11-20"),
                    QStringLiteral("--site-code"), QStringLiteral("3399990099")});
        QVERIFY(checksOf(json(code)).contains(QStringLiteral("identifier.site_code")));
    }

    void csvEscapesFormulaCells()
    {
        const CliRun run =
            runCli({QStringLiteral("check"), QDir(m_site.path()).filePath(QStringLiteral("index.html")),
                    QStringLiteral("--date"), QStringLiteral("2026-11-20"), QStringLiteral("--format"),
                    QStringLiteral("csv")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(),
                 QStringLiteral("check,item,category,confidence,text,suggestion,message,context,selector"));
        QVERIFY(run.out.contains(QStringLiteral("hijack.hidden_link")));
        for (const QString &line : lines)
            QVERIFY2(!line.contains(QStringLiteral(",=")) && !line.contains(QStringLiteral(",@")),
                     qPrintable(line));
    }

    void badInputSaysWhatToDo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no file") << QStringList{QStringLiteral("check")} << 2
                                 << QStringLiteral("exactly one HTML file");
        QTest::newRow("bad format") << QStringList{QStringLiteral("check"), QStringLiteral("x.html"),
                                                   QStringLiteral("--format"), QStringLiteral("xml")}
                                    << 2 << QStringLiteral("json or csv");
        QTest::newRow("bad date") << QStringList{QStringLiteral("check"), QStringLiteral("x.html"),
                                                 QStringLiteral("--date"), QStringLiteral("20.11.2026")}
                                  << 2 << QStringLiteral("2026-11-20");
        QTest::newRow("missing file")
            << QStringList{QStringLiteral("check"), QStringLiteral("/nonexistent/page.html")} << 1
            << QStringLiteral("cannot be read");
    }
    void badInputSaysWhatToDo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void binaryFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(QStringLiteral("image.html"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\xff\xfe", 18));
        file.close();
        const CliRun run = runCli({QStringLiteral("check"), path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("binary")), qPrintable(run.err));
    }

    void dataFolderSuppliesTheOfficesLists()
    {
        TestDataDir data;
        QCOMPARE(
            runCli({QStringLiteral("init-demo"), QStringLiteral("--data-dir"), data.path(),
                    QStringLiteral("--today"), QStringLiteral("2026-11-20"), QStringLiteral("--no-evidence")})
                .exitCode,
            0);
        // The demo office protects its leaders' names: the misspelt one is a serious error.
        QString leaderPage;
        auto key = DemoAnswerKey::load(
            QDir(data.path()).filePath(QStringLiteral("demo-sites/qinghe/answer-key.json")));
        if (key) {
            for (const DemoProblem &p : key.value().problems)
                if (p.id == QLatin1String("P01-leader-name"))
                    leaderPage = QDir(data.path()).filePath(QStringLiteral("demo-sites/qinghe/") + p.page);
        }
        QVERIFY2(!leaderPage.isEmpty(), "the demo workspace's answer key has the misspelt leader name");
        const QStringList common{QStringLiteral("check"),  leaderPage,
                                 QStringLiteral("--url"),  QStringLiteral("http://127.0.0.1:18460/x.html"),
                                 QStringLiteral("--date"), QStringLiteral("2026-11-20")};
        QVERIFY(!checksOf(json(runCli(common))).contains(QStringLiteral("typo.protected_name")));
        const CliRun withOffice = runCli(common + QStringList{QStringLiteral("--data-dir"), data.path()});
        QCOMPARE(withOffice.exitCode, 0);
        QVERIFY2(checksOf(json(withOffice)).contains(QStringLiteral("typo.protected_name")),
                 qPrintable(withOffice.out));
    }
};

QTEST_GUILESS_MAIN(TestCliCheck)
#include "tst_clicheck.moc"
