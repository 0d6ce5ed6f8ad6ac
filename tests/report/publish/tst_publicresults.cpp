// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "TestDataDir.h"
#include "inspection/SiteInspection.h"
#include "registry/XlsxReader.h"
#include "report/ExportPlanner.h"
#include "report/ExportRunner.h"
#include "report/publish/PublicResultsBuilder.h"
#include "report/publish/PublicResultsHtmlWriter.h"
#include "report/publish/PublicResultsWording.h"
#include "report/publish/PublicResultsXlsxWriter.h"
#include "storage/Database.h"
#include "storage/FindingRepository.h"
#include "storage/NoticeRepository.h"
#include "storage/SiteRepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace xj;

namespace {

/// What a public-results web page says, read back as XML.
struct ParsedPage
{
    QString error; ///< empty when the page is well-formed
    QString title;
    QString heading;
    QStringList headers;
    QList<QStringList> rows;
    QStringList elements; ///< every element name, in order
    QStringList attributeNames;
    QString style;
};

ParsedPage parsePage(const QByteArray &bytes)
{
    ParsedPage page;
    QXmlStreamReader xml(bytes);
    bool inBody = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString name = xml.name().toString();
            page.elements.append(name);
            for (const QXmlStreamAttribute &a : xml.attributes())
                page.attributeNames.append(a.name().toString());
            if (name == QLatin1String("title"))
                page.title = xml.readElementText();
            else if (name == QLatin1String("h1"))
                page.heading = xml.readElementText();
            else if (name == QLatin1String("style"))
                page.style = xml.readElementText();
            else if (name == QLatin1String("th"))
                page.headers.append(xml.readElementText());
            else if (name == QLatin1String("tbody"))
                inBody = true;
            else if (name == QLatin1String("tr") && inBody)
                page.rows.append(QStringList());
            else if (name == QLatin1String("td") && inBody)
                page.rows.last().append(xml.readElementText());
        } else if (xml.isEndElement() && xml.name() == QLatin1String("tbody")) {
            inBody = false;
        }
    }
    if (xml.hasError())
        page.error = xml.errorString() + QStringLiteral(" at line %1").arg(xml.lineNumber());
    return page;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The table rows of a public-results workbook: the rows after the header row.
QList<QStringList> workbookRows(const SheetTable &table, QStringList *headers)
{
    QList<QStringList> rows;
    bool afterHeader = false;
    for (const SheetRow &row : table.rows) {
        if (row.number == PublicResultsXlsxWriter::HeaderRow + 1) {
            *headers = row.cells;
            afterHeader = true;
        } else if (afterHeader && !row.cell(1).isEmpty()) { // not the note under the table
            rows.append(row.cells);
        }
    }
    return rows;
}

const QString NastyName = QStringLiteral("<script>alert(1)</script>&\"县政府网站");
const QString Person = QStringLiteral("赵公示");
const QString Phone = QStringLiteral("13912345678");
const QString UnitContact = QStringLiteral("钱联络");
const QString UnitPhone = QStringLiteral("0551-66668888");
const QString Inspector = QStringLiteral("孙检查员");

SiteRoundData site(qint64 id, const QString &name, const QString &unit, ScoreOutcome outcome,
                   std::optional<double> total, int verdicts)
{
    SiteRoundData s;
    s.site.id = id;
    s.site.name = name;
    s.site.url = QStringLiteral("https://s%1.example.gov.cn/").arg(id);
    s.site.personInCharge = Person;
    s.site.phone = Phone;
    s.unit.name = unit;
    s.unit.contactPerson = UnitContact;
    s.unit.contactPhone = UnitPhone;
    s.score.outcome = outcome;
    s.score.total = total;
    s.score.deductionScore = total;
    s.verdictCount = verdicts;
    return s;
}

Finding finding(qint64 siteId, FindingState state)
{
    Finding f;
    f.siteId = siteId;
    f.roundId = 7;
    f.state = state;
    f.inspector = Inspector;
    f.description = QStringLiteral("问题 ") + Phone;
    return f;
}

} // namespace

/// Public results (检查结果公示): the rows and figures of a round with a site in every situation, the
/// web page and the workbook read back cell by cell with no personal data in them, and the export
/// from the command line on the demo workspace.
class TestPublicResults : public QObject
{
    Q_OBJECT

    TestDataDir m_dir;
    TestDataDir m_demo;
    PublicResults m_results;

    static RoundData roundWithEverySituation(QList<Finding> *findings)
    {
        RoundData data;
        data.round.id = 7;
        data.round.name = QStringLiteral("2026年第四季度");
        SiteRoundData portal = site(1, QStringLiteral("安澜市人民政府门户网站"),
                                    QStringLiteral("安澜市人民政府办公室"), ScoreOutcome::Pass, 92.5, 30);
        portal.site.portal = true;
        SiteRoundData veto = site(2, QStringLiteral("安澜市教育局网站"), QStringLiteral("安澜市教育局"),
                                  ScoreOutcome::Fail, std::nullopt, 1);
        veto.score.vetoFailedItems = {QStringLiteral("W-V1")};
        // A unit name a spreadsheet would run as a formula.
        SiteRoundData low = site(3, QStringLiteral("安澜市水利局网站"), QStringLiteral("=SUM(1,2)"),
                                 ScoreOutcome::Fail, 55, 40);
        low.score.failedByPassMark = true;
        SiteRoundData unchecked = site(4, QStringLiteral("安澜市档案馆网站"), QStringLiteral("安澜市档案馆"),
                                       ScoreOutcome::Incomplete, std::nullopt, 0);
        SiteRoundData nasty =
            site(5, NastyName, QStringLiteral("安澜县人民政府"), ScoreOutcome::Pass, 100, 30);
        SiteRoundData account = site(6, QStringLiteral("安澜发布"), QStringLiteral("安澜市委宣传部"),
                                     ScoreOutcome::Incomplete, 80, 3);
        account.site.kind = SiteKind::NewMedia;
        account.site.platform = QStringLiteral("微信");
        data.sites = {portal, veto, low, unchecked, nasty, account};
        *findings = {finding(1, FindingState::RecheckPassed), finding(2, FindingState::Confirmed),
                     finding(2, FindingState::Notified),      finding(3, FindingState::RecheckFailed),
                     finding(3, FindingState::RecheckPassed), finding(3, FindingState::FedBack),
                     finding(5, FindingState::Candidate),     finding(5, FindingState::FalsePositive),
                     finding(5, FindingState::Doubtful)};
        // Another round's finding of the same site does not count in this one.
        Finding other = finding(1, FindingState::RecheckFailed);
        other.roundId = 8;
        findings->append(other);
        return data;
    }

    static QList<QStringList> expectedRows()
    {
        return {
            {QStringLiteral("1"), QStringLiteral("安澜市人民政府门户网站"),
             QStringLiteral("安澜市人民政府办公室"), QStringLiteral("门户网站"), QStringLiteral("92.5"),
             QStringLiteral("合格"), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("0"),
             QStringLiteral("0"), QStringLiteral("已整改")},
            {QStringLiteral("2"), QStringLiteral("安澜市教育局网站"), QStringLiteral("安澜市教育局"),
             QStringLiteral("网站"), QStringLiteral("单项否决"), QStringLiteral("不合格"),
             QStringLiteral("2"), QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("2"),
             QStringLiteral("整改中")},
            {QStringLiteral("3"), QStringLiteral("安澜市水利局网站"), QStringLiteral("=SUM(1,2)"),
             QStringLiteral("网站"), QStringLiteral("55"), QStringLiteral("不合格"), QStringLiteral("3"),
             QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("未整改")},
            {QStringLiteral("4"), QStringLiteral("安澜市档案馆网站"), QStringLiteral("安澜市档案馆"),
             QStringLiteral("网站"), QStringLiteral("—"), QStringLiteral("未检查"), QStringLiteral("0"),
             QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("—")},
            {QStringLiteral("5"), NastyName, QStringLiteral("安澜县人民政府"), QStringLiteral("网站"),
             QStringLiteral("100"), QStringLiteral("合格"), QStringLiteral("0"), QStringLiteral("0"),
             QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("无需整改")},
            // A provisional score is not published.
            {QStringLiteral("6"), QStringLiteral("安澜发布"), QStringLiteral("安澜市委宣传部"),
             QStringLiteral("微信"), QStringLiteral("—"), QStringLiteral("未完成"), QStringLiteral("0"),
             QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("无需整改")},
        };
    }

    static void verifyNoPersonalData(const QByteArray &bytes)
    {
        for (const QString &secret : {Person, Phone, UnitContact, UnitPhone, Inspector})
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
    }

    CliRun exportPublic(const QString &format, const QString &folder)
    {
        return runCli({QStringLiteral("export"), QStringLiteral("--data-dir"), m_demo.path(),
                       QStringLiteral("--round"), QStringLiteral("1"), QStringLiteral("--what"),
                       QStringLiteral("public"), QStringLiteral("--format"), format, QStringLiteral("--out"),
                       m_demo.filePath(folder), QStringLiteral("--date"), QStringLiteral("2026-11-27"),
                       QStringLiteral("--quiet")},
                      120000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid() && m_demo.isValid());
        QList<Finding> findings;
        const RoundData data = roundWithEverySituation(&findings);
        m_results = PublicResultsBuilder::build(data, findings, QStringLiteral("安澜市电子政务办公室"),
                                                QDate(2026, 11, 27));

        const CliRun init =
            runCli({QStringLiteral("init-demo"), QStringLiteral("--data-dir"), m_demo.path(),
                    QStringLiteral("--no-evidence"), QStringLiteral("--today"), QStringLiteral("2026-11-27")},
                   120000);
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    }

    void rowsAndFigures()
    {
        QCOMPARE(m_results.title,
                 QStringLiteral("安澜市电子政务办公室2026年第四季度政府网站和政务新媒体检查结果公示"));
        const QList<QStringList> expected = expectedRows();
        QCOMPARE(m_results.rows.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(m_results.rows.at(i).cells(), expected.at(i));
        const PublicResultsSummary &s = m_results.summary;
        QCOMPARE(s.sites, 6);
        QCOMPARE(s.checked, 5);
        QCOMPARE(s.qualified, 2);
        QCOMPARE(s.unqualified, 2);
        QCOMPARE(s.undecided, 1);
        QCOMPARE(s.found, 6);
        QCOMPARE(s.rectified, 2);
        QCOMPARE(s.notRectified, 1);
        QCOMPARE(s.pending, 3);
        const QString sentence = PublicResultsWording::summarySentence(s);
        QVERIFY2(sentence.contains(
                     QStringLiteral("检查政府网站和政务新媒体5个，其中合格2个，不合格2个，合格率50.0%")),
                 qPrintable(sentence));
        QVERIFY(sentence.contains(QStringLiteral("共发现问题6个，已整改2个，未整改1个，整改中3个")));
    }

    void htmlPageHasTheRowsAndNothingElse()
    {
        const QString path = m_dir.filePath(QStringLiteral("公示.html"));
        QVERIFY(PublicResultsHtmlWriter::write(m_results, path).ok());
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith("<!DOCTYPE html>"));
        QVERIFY(bytes.contains("<meta charset=\"utf-8\""));
        // The site name is shown as text, never as markup.
        QVERIFY(!bytes.contains("<script"));
        QVERIFY(bytes.contains("&lt;script&gt;alert(1)&lt;/script&gt;&amp;"));
        verifyNoPersonalData(bytes);

        const ParsedPage page = parsePage(bytes);
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        QCOMPARE(page.title, m_results.title);
        QCOMPARE(page.heading, m_results.title);
        QCOMPARE(page.headers, PublicResultsWording::headers());
        QCOMPARE(page.rows, expectedRows());
        QVERIFY(!page.elements.contains(QStringLiteral("script")));
        // Standalone: nothing is loaded from elsewhere.
        for (const char *name : {"src", "href", "srcset", "data", "action"})
            QVERIFY2(!page.attributeNames.contains(QLatin1String(name)), name);
        QVERIFY(!page.elements.contains(QStringLiteral("link")) &&
                !page.elements.contains(QStringLiteral("img")));
        QVERIFY(!page.style.isEmpty());
        QVERIFY(!page.style.contains(QLatin1String("url(")) &&
                !page.style.contains(QLatin1String("@import")));
        QVERIFY(page.style.contains(QLatin1String("@media print")));
        QVERIFY(bytes.contains(PublicResultsWording::publishedLine(QDate(2026, 11, 27)).toUtf8()));
        QVERIFY(bytes.contains(QStringLiteral("2026年11月27日").toUtf8()));
    }

    void workbookHasTheSameCells()
    {
        const QString path = m_dir.filePath(QStringLiteral("公示.xlsx"));
        QVERIFY(PublicResultsXlsxWriter::write(m_results, path).ok());
        auto table = XlsxReader::readFile(path);
        QVERIFY2(table.ok(), table.ok() ? "" : qPrintable(table.error().fullText()));
        QCOMPARE(table.value().rows.first().number, PublicResultsXlsxWriter::TitleRow + 1);
        QCOMPARE(table.value().rows.first().cell(0), m_results.title);
        QStringList headers;
        const QList<QStringList> rows = workbookRows(table.value(), &headers);
        QCOMPARE(headers, PublicResultsWording::headers());
        // The note under the table is a one-cell row; the formula-like unit name stays text.
        QCOMPARE(rows, expectedRows());
        for (const SheetRow &row : table.value().rows) {
            for (const QString &cell : row.cells)
                QVERIFY2(!cell.contains(Person) && !cell.contains(Phone) && !cell.contains(Inspector),
                         qPrintable(cell));
        }
        auto names = XlsxReader::sheetNames(path);
        QVERIFY(names.ok());
        QCOMPARE(names.value(), QStringList{PublicResultsWording::sheetName()});
    }

    void exportFromTheDatabase()
    {
        Database db;
        QVERIFY(db.open(m_demo.databasePath()).ok());
        // A site of the demo round with a veto failure, one problem put right and one pending, and
        // a person in charge and phone number that must not be published.
        auto sites = SiteRepository(db).all();
        QVERIFY(sites.ok() && !sites.value().isEmpty());
        Site nasty;
        nasty.name = NastyName;
        nasty.url = QStringLiteral("https://gongshi.example.gov.cn/");
        nasty.unitId = sites.value().first().unitId;
        nasty.personInCharge = Person;
        nasty.phone = Phone;
        auto id = SiteRepository(db).create(nasty);
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().fullText()));
        nasty = SiteRepository(db).get(id.value()).value();
        auto inspection = SiteInspection::load(db, 1, nasty);
        QVERIFY(inspection.ok());
        QString vetoItem;
        for (const ChecklistItem &item : inspection.value().checklist().items) {
            if (item.kind == ItemKind::Veto && vetoItem.isEmpty())
                vetoItem = item.code;
        }
        QVERIFY(!vetoItem.isEmpty());
        Verdict verdict;
        verdict.roundId = 1;
        verdict.siteId = nasty.id;
        verdict.itemCode = vetoItem;
        verdict.value = VerdictValue::Fail;
        verdict.inspector = Inspector;
        QVERIFY(inspection.value().record(db, verdict).ok());
        QList<qint64> findingIds;
        for (int i = 0; i < 2; ++i) {
            Finding f;
            f.roundId = 1;
            f.siteId = nasty.id;
            f.itemCode = vetoItem;
            f.severity = FindingSeverity::Veto;
            f.description = QStringLiteral("首页无法访问，联系电话") + Phone;
            f.inspector = Inspector;
            f.foundAt = QDateTime::currentDateTimeUtc();
            auto created = FindingRepository(db).create(f);
            QVERIFY(created.ok());
            findingIds.append(created.value());
        }
        QVERIFY(db.exec(QStringLiteral("UPDATE findings SET state = 'recheck_passed' WHERE id = ?"),
                        {findingIds.first()})
                    .ok());

        ExportRequest request;
        request.roundId = 1;
        request.kind = ExportKind::Public;
        request.format = ReportFormat::Html;
        request.folder = m_demo.filePath(QStringLiteral("planned"));
        request.issuedOn = QDate(2026, 11, 27);
        auto plan = ExportPlanner::plan(db, m_demo.path(), request);
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().fullText()));
        QVERIFY(plan.value().tableFileName.endsWith(QStringLiteral("检查结果公示.html")));
        auto outcome = ExportRunner::run(plan.value());
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().fullText()));
        QCOMPARE(outcome.value().files.size(), 1);
        const QByteArray bytes = readAll(outcome.value().files.first());
        verifyNoPersonalData(bytes);
        const ParsedPage page = parsePage(bytes);
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        const QString office = NoticeRepository(db).settings().value().officeName;
        QVERIFY(page.title.startsWith(office));

        // Every row's counts agree with SQL written here, and the new site reads as set up above.
        bool sawNasty = false;
        for (const QStringList &row : page.rows) {
            QCOMPARE(row.size(), PublicResultsWording::headers().size());
            auto q = db.exec(
                QStringLiteral(
                    "SELECT count(*), sum(f.state = 'recheck_passed'), sum(f.state = 'recheck_failed'), "
                    "sum(f.state IN ('confirmed','notified','fed_back')) FROM findings f JOIN sites s "
                    "ON s.id = f.site_id WHERE s.name = ? AND f.round_id = 1 AND f.deleted_at = '' AND "
                    "f.state IN ('confirmed','notified','fed_back','recheck_passed','recheck_failed') "
                    // A website and an account may share a name; the type column tells them apart.
                    "AND CASE WHEN s.kind = 'website' THEN ? IN ('网站', '门户网站') ELSE s.platform = ? "
                    "END"),
                {row.at(1), row.at(3), row.at(3)});
            QVERIFY(q.ok() && q.value().next());
            const QStringList counts{
                q.value().value(0).toString(), QString::number(q.value().value(1).toInt()),
                QString::number(q.value().value(2).toInt()), QString::number(q.value().value(3).toInt())};
            QCOMPARE(row.mid(6, 4), counts);
            if (row.at(1) == NastyName) {
                sawNasty = true;
                QCOMPARE(row.mid(3),
                         (QStringList{QStringLiteral("网站"), QStringLiteral("单项否决"),
                                      QStringLiteral("不合格"), QStringLiteral("2"), QStringLiteral("1"),
                                      QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("整改中")}));
            }
        }
        QVERIFY(sawNasty);
        // No contact of any site or unit of the registry is published either.
        auto contacts = db.exec(QStringLiteral("SELECT person_in_charge, phone FROM sites UNION ALL "
                                               "SELECT contact_person, contact_phone FROM units"));
        QVERIFY(contacts.ok());
        while (contacts.value().next()) {
            for (int c = 0; c < 2; ++c) {
                const QString value = contacts.value().value(c).toString().trimmed();
                QVERIFY2(value.isEmpty() || !bytes.contains(value.toUtf8()), qPrintable(value));
            }
        }
    }

    void cliWritesTheWebPageAndTheWorkbook()
    {
        const CliRun html = exportPublic(QStringLiteral("html"), QStringLiteral("cli"));
        QVERIFY2(html.exitCode == 0, qPrintable(html.err));
        const QString path = html.out.trimmed();
        QVERIFY2(path.endsWith(QLatin1String(".html")) && QFile::exists(path), qPrintable(path));
        const ParsedPage page = parsePage(readAll(path));
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        QVERIFY(page.title.endsWith(QStringLiteral("政府网站和政务新媒体检查结果公示")));
        QVERIFY(!page.rows.isEmpty());
        QVERIFY(std::any_of(page.rows.cbegin(), page.rows.cend(),
                            [](const QStringList &row) { return row.value(1) == NastyName; }));

        const CliRun xlsx = exportPublic(QStringLiteral("XLSX"), QStringLiteral("cli"));
        QVERIFY2(xlsx.exitCode == 0, qPrintable(xlsx.err));
        auto table = XlsxReader::readFile(xlsx.out.trimmed());
        QVERIFY(table.ok());
        QStringList headers;
        QCOMPARE(workbookRows(table.value(), &headers), page.rows);
        QCOMPARE(headers, PublicResultsWording::headers());
    }

    void cliRefusesAFormatThatDoesNotFit_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("pdf") << QStringLiteral("pdf");
        QTest::newRow("csv") << QStringLiteral("csv");
        QTest::newRow("unknown") << QStringLiteral("txt");
    }
    void cliRefusesAFormatThatDoesNotFit()
    {
        QFETCH(QString, format);
        const CliRun r = exportPublic(format, QStringLiteral("refused"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--format %1 does not fit --what public").arg(format)),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("html or xlsx for public")), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_demo.filePath(QStringLiteral("refused"))));
    }
};

QTEST_GUILESS_MAIN(TestPublicResults)
#include "tst_publicresults.moc"
