// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "TestDataDir.h"
#include "evidence/EvidenceRecorder.h"
#include "registry/XlsxReader.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace xj;

/// `xunjian-cli export` on the demo database, as a script would run it: the files it writes are
/// read back with poppler (PDF), as a zip (Word) and with the workbench's own XLSX reader.
class TestCliExport : public QObject
{
    Q_OBJECT

    TestDataDir m_data;

    static QString pdfText(const QString &path)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }
    QString noticeNumber() const
    {
        Database db;
        if (!db.open(m_data.filePath(QStringLiteral("xunjian.sqlite"))))
            return {};
        // The newest: the demo's previous round has a notice of its own.
        auto q = db.exec(QStringLiteral("SELECT number FROM notices ORDER BY id DESC LIMIT 1"));
        return q && q.value().next() ? q.value().value(0).toString() : QString();
    }
    CliRun exportRound(const QString &what, const QString &format, const QString &folder,
                       const QStringList &extra = {})
    {
        return runCli(QStringList{QStringLiteral("export"), QStringLiteral("--data-dir"), m_data.path(),
                                  QStringLiteral("--round"), QStringLiteral("1"), QStringLiteral("--what"),
                                  what, QStringLiteral("--format"), format, QStringLiteral("--out"),
                                  m_data.filePath(folder), QStringLiteral("--date"),
                                  QStringLiteral("2026-11-27")} +
                          extra,
                      120000);
    }

private slots:
    void initTestCase()
    {
        const CliRun init = runCli({QStringLiteral("init-demo"), QStringLiteral("--data-dir"), m_data.path(),
                                    QStringLiteral("--no-evidence"), QStringLiteral("--today"),
                                    QStringLiteral("2026-11-27")});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        // A picture on every confirmed finding, as the inspector's screenshots would be.
        Database db;
        QVERIFY(db.open(m_data.filePath(QStringLiteral("xunjian.sqlite"))).ok());
        auto q = db.exec(QStringLiteral("SELECT id FROM findings WHERE state = 'confirmed'"));
        QVERIFY(q.ok());
        QList<qint64> ids;
        while (q.value().next())
            ids.append(q.value().value(0).toLongLong());
        QVERIFY(!ids.isEmpty());
        EvidenceRecorder recorder(db, m_data.path());
        for (qint64 id : ids) {
            QImage picture(640, 400, QImage::Format_RGB32);
            picture.fill(QColor(40, 90, 160));
            QPainter(&picture).fillRect(100, 100, 200, 100, Qt::yellow);
            Evidence meta;
            meta.findingId = id;
            meta.kind = EvidenceKind::Screenshot;
            meta.capturedAt = QDateTime::currentDateTimeUtc();
            QVERIFY(recorder.addImage(picture, meta).ok());
        }
    }

    void noticesAsPdfAndZip()
    {
        const CliRun r = exportRound(QStringLiteral("notices"), QStringLiteral("pdf"), QStringLiteral("pdf"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList files = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(files.size(), 2); // one notice and the zip
        QVERIFY(files.at(0).endsWith(QLatin1String(".pdf")) && QFile::exists(files.at(0)));
        QVERIFY(files.at(1).endsWith(QLatin1String(".zip")) && QFile::exists(files.at(1)));
        QVERIFY(r.err.contains(QLatin1String("1 of 2")));
        const QString number = noticeNumber();
        QVERIFY(!number.isEmpty());
        const QString text = pdfText(files.at(0));
        QVERIFY2(text.contains(number), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("整改通知")));
        QVERIFY(text.contains(QStringLiteral("青禾县人民政府")));
        QVERIFY(text.contains(QStringLiteral("2026年12月11日"))); // 10 working days after 2026-11-27
        QVERIFY(text.contains(QStringLiteral("整改情况回执")));

        // Exporting again keeps the notice's number.
        const CliRun again = exportRound(QStringLiteral("notices"), QStringLiteral("docx"),
                                         QStringLiteral("docx"), {QStringLiteral("--no-zip")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        const QStringList docx = again.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(docx.size(), 1);
        QVERIFY(docx.first().endsWith(QLatin1String(".docx")));
        QCOMPARE(noticeNumber(), number);
        QFile f(docx.first());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(2) == "PK");
    }

    void problemListAsXlsxAndCsv()
    {
        const CliRun x =
            exportRound(QStringLiteral("problems"), QStringLiteral("xlsx"), QStringLiteral("xlsx"));
        QVERIFY2(x.exitCode == 0, qPrintable(x.err));
        const QString xlsx = x.out.trimmed();
        auto sheets = XlsxReader::sheetNames(xlsx);
        QVERIFY(sheets.ok());
        QCOMPARE(sheets.value().size(), 1); // one site with problems
        auto table = XlsxReader::readFile(xlsx);
        QVERIFY(table.ok());
        QVERIFY(table.value().rows.size() >= 5); // header and four confirmed findings

        const CliRun c =
            exportRound(QStringLiteral("problems"), QStringLiteral("csv"), QStringLiteral("csv"));
        QVERIFY2(c.exitCode == 0, qPrintable(c.err));
        QFile csv(c.out.trimmed());
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(bytes.count('\n'), 5);
    }

    void roundReport()
    {
        const CliRun r =
            exportRound(QStringLiteral("report"), QStringLiteral("pdf"), QStringLiteral("report"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = pdfText(r.out.trimmed());
        QVERIFY(text.contains(QStringLiteral("检查情况的通报")));
        QVERIFY(text.contains(QStringLiteral("一、总体情况")));
        QVERIFY(text.contains(QStringLiteral("附件2")));
        QVERIFY(text.contains(QStringLiteral("青禾县人民政府")));
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QStringList base{QStringLiteral("export"), QStringLiteral("--data-dir"), m_data.path()};
        QTest::newRow("no round") << base + QStringList{QStringLiteral("--out"), QStringLiteral("x")} << 2
                                  << QStringLiteral("--round");
        QTest::newRow("pdf problem list")
            << base + QStringList{QStringLiteral("--round"),  QStringLiteral("1"),
                                  QStringLiteral("--what"),   QStringLiteral("problems"),
                                  QStringLiteral("--format"), QStringLiteral("pdf"),
                                  QStringLiteral("--out"),    QStringLiteral("x")}
            << 2 << QStringLiteral("xlsx or csv");
        QTest::newRow("unknown what")
            << base + QStringList{QStringLiteral("--round"), QStringLiteral("1"),
                                  QStringLiteral("--what"),  QStringLiteral("letters"),
                                  QStringLiteral("--out"),   QStringLiteral("x")}
            << 2 << QStringLiteral("--what");
        QTest::newRow("no such round")
            << base + QStringList{QStringLiteral("--round"), QStringLiteral("99"), QStringLiteral("--out"),
                                  m_data.filePath(QStringLiteral("none"))}
            << 1 << QStringLiteral("99");
    }
    void badUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const CliRun r = runCli(arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
