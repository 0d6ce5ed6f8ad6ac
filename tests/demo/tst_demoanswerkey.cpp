// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoSiteReader.h"
#include "TestDataDir.h"
#include "demo/DemoSiteGenerator.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>

using namespace xj;
using namespace Qt::StringLiterals;
using namespace DemoSiteReader;

Q_DECLARE_METATYPE(xj::DemoProblem)

namespace {

bool idChecksumValid(const QString &id)
{
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += id.at(i).digitValue() * weights[i];
    return id.at(17) == QLatin1Char("10X98765432"[sum % 11]);
}

bool luhnValid(const QString &number)
{
    int sum = 0;
    for (qsizetype i = 0; i < number.size(); ++i) {
        int d = number.at(number.size() - 1 - i).digitValue();
        if (i % 2 == 1)
            d = d * 2 > 9 ? d * 2 - 9 : d * 2;
        sum += d;
    }
    return sum % 10 == 0;
}

} // namespace

/// The answer key against the pages it describes: every planted problem is where the key says,
/// every category is there, and the clean site has none of them.
class TestDemoAnswerKey : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void problemIsShownOnItsPage_data();
    void problemIsShownOnItsPage();
    void everyCategoryIsPlanted_data();
    void everyCategoryIsPlanted();
    void onlyPlantedDatesLieAfterToday_data();
    void onlyPlantedDatesLieAfterToday();
    void personalDataInKeyIsWellFormed();
    void cleanSiteHasNoneOfThePlantedProblems();
    void internalLinksResolve_data();
    void internalLinksResolve();
    void everySpecGetsEveryProblem_data();
    void everySpecGetsEveryProblem();

private:
    TestDataDir m_dir;
    QString m_planted, m_clean;
    DemoAnswerKey m_key;
};

void TestDemoAnswerKey::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_planted = m_dir.filePath(QStringLiteral("planted"));
    m_clean = m_dir.filePath(QStringLiteral("clean"));
    QVERIFY(DemoSiteGenerator::generate(spec(1, false), m_planted).ok());
    QVERIFY(DemoSiteGenerator::generate(spec(1, true), m_clean).ok());
    const Result<DemoAnswerKey> key =
        DemoAnswerKey::load(QDir(m_planted).filePath(DemoSiteGenerator::AnswerKeyFileName));
    QVERIFY(key.ok());
    m_key = key.value();
    QVERIFY(!m_key.problems.isEmpty());
}

void TestDemoAnswerKey::problemIsShownOnItsPage_data()
{
    QTest::addColumn<DemoProblem>("problem");
    for (const DemoProblem &p : std::as_const(m_key.problems))
        QTest::newRow(qPrintable(p.id)) << p;
}

void TestDemoAnswerKey::problemIsShownOnItsPage()
{
    QFETCH(DemoProblem, problem);
    QVERIFY(problem.category.contains(QRegularExpression(QStringLiteral("^P\\d\\d$"))));
    QVERIFY(
        problem.checklistItem.contains(QRegularExpression(QStringLiteral("^W-(V[1-6]|D([1-9]|1[0-3]))$"))));
    QVERIFY(!problem.description.isEmpty());
    const QString page = QDir(m_planted).filePath(problem.page);
    QVERIFY2(QFile::exists(page), qPrintable(problem.page));
    const QString html = decodePage(page);
    QVERIFY2(html.contains(problem.text), qPrintable(problem.text));
    for (const QString &element : problem.absent)
        QVERIFY2(!html.contains(element), qPrintable(element));
    if (!problem.target.isEmpty()) {
        if (problem.target.startsWith(QLatin1String("http"))) {
            QVERIFY(QUrl(problem.target).host().endsWith(QLatin1String(".invalid")));
        } else {
            QVERIFY2(!QFile::exists(QDir(m_planted).filePath(problem.target)), qPrintable(problem.target));
            QVERIFY(linksOf(html).contains(QLatin1Char('/') + problem.target));
        }
    }
}

void TestDemoAnswerKey::everyCategoryIsPlanted_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("item");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("P01 serious errors")
        << u"P01"_s << u"W-V1"_s
        << QStringList{u"P01-leader-name"_s, u"P01-leader-title"_s, u"P01-typo-deploy"_s};
    QTest::newRow("P02 time travel") << u"P02"_s << u"W-V1"_s
                                     << QStringList{u"P02-future-date"_s, u"P02-list-date"_s,
                                                    u"P02-url-date"_s};
    QTest::newRow("P03 blank columns")
        << u"P03"_s << u"W-V4"_s << QStringList{u"P03-no-information"_s, u"P03-empty-list"_s};
    QTest::newRow("P04 stale columns")
        << u"P04"_s << u"W-V4"_s << QStringList{u"P04-stale-news"_s, u"P04-stale-personnel"_s};
    QTest::newRow("P07 dead links") << u"P07"_s << u"W-D11"_s
                                    << QStringList{u"P07-missing-image"_s, u"P07-missing-attachment"_s,
                                                   u"P07-dead-friend-link"_s, u"P07-dead-topic-link"_s};
    QTest::newRow("P08 hidden links")
        << u"P08"_s << u"W-V1"_s
        << QStringList{u"P08-hidden-links"_s, u"P08-offscreen-links"_s, u"P08-injected-script"_s};
    QTest::newRow("P09 personal data")
        << u"P09"_s << u"W-V1"_s << QStringList{u"P09-id-number"_s, u"P09-mobile"_s, u"P09-bank-card"_s};
    QTest::newRow("P10 messages") << u"P10"_s << u"W-V5"_s
                                  << QStringList{u"P10-unanswered"_s, u"P10-late-reply"_s};
    QTest::newRow("P10 perfunctory reply")
        << u"P10"_s << u"W-D8"_s << QStringList{u"P10-perfunctory-reply"_s};
    QTest::newRow("P12 service guide")
        << u"P12"_s << u"W-V6"_s << QStringList{u"P12-missing-elements"_s, u"P12-dead-form"_s};
    QTest::newRow("P13 search") << u"P13"_s << u"W-D10"_s << QStringList{u"P13-search-unavailable"_s};
    QTest::newRow("P14 identifiers") << u"P14"_s << u"W-D12"_s
                                     << QStringList{u"P14-missing-police-record"_s,
                                                    u"P14-site-code-mismatch"_s};
    QTest::newRow("P16 advertisement") << u"P16"_s << u"W-D12"_s << QStringList{u"P16-commercial-ad"_s};
}

void TestDemoAnswerKey::everyCategoryIsPlanted()
{
    QFETCH(QString, category);
    QFETCH(QString, item);
    QFETCH(QStringList, ids);
    for (const QString &id : ids) {
        const auto it = std::find_if(m_key.problems.cbegin(), m_key.problems.cend(),
                                     [&id](const DemoProblem &p) { return p.id == id; });
        QVERIFY2(it != m_key.problems.cend(), qPrintable(id));
        QCOMPARE(it->category, category);
        QCOMPARE(it->checklistItem, item);
    }
}

void TestDemoAnswerKey::onlyPlantedDatesLieAfterToday_data()
{
    QTest::addColumn<bool>("clean");
    QTest::newRow("planted") << false;
    QTest::newRow("clean") << true;
}

void TestDemoAnswerKey::onlyPlantedDatesLieAfterToday()
{
    QFETCH(bool, clean);
    const QString root = clean ? m_clean : m_planted;
    QSet<QDate> planted;
    for (const DemoProblem &p : std::as_const(m_key.problems)) {
        if (p.id == QLatin1String("P02-future-date")) {
            const QDate date = QDate::fromString(p.text.right(10), Qt::ISODate);
            QVERIFY(date > Today);
            planted.insert(date);
        }
    }
    QCOMPARE(int(planted.size()), 1);
    static const QRegularExpression isoDate(QStringLiteral("\\b(\\d{4}-\\d{2}-\\d{2})\\b"));
    for (const QString &page : pagesOf(root)) {
        for (const QRegularExpressionMatch &m : isoDate.globalMatch(decodePage(QDir(root).filePath(page)))) {
            const QDate date = QDate::fromString(m.captured(1), Qt::ISODate);
            if (date > Today)
                QVERIFY2(!clean && planted.contains(date),
                         qPrintable(page + QLatin1Char(' ') + m.captured(1)));
        }
    }
}

void TestDemoAnswerKey::personalDataInKeyIsWellFormed()
{
    static const QRegularExpression mobile(QStringLiteral("^1[3-9]\\d{9}$"));
    int checked = 0;
    for (const DemoProblem &p : std::as_const(m_key.problems)) {
        if (p.id == QLatin1String("P09-id-number")) {
            QCOMPARE(p.text.size(), 18);
            QVERIFY(idChecksumValid(p.text));
            ++checked;
        } else if (p.id == QLatin1String("P09-mobile")) {
            QVERIFY(mobile.match(p.text).hasMatch());
            ++checked;
        } else if (p.id == QLatin1String("P09-bank-card")) {
            QVERIFY(p.text.size() >= 16 && p.text.size() <= 19);
            QVERIFY(luhnValid(p.text));
            ++checked;
        }
    }
    QCOMPARE(checked, 3);
}

void TestDemoAnswerKey::cleanSiteHasNoneOfThePlantedProblems()
{
    const Result<DemoAnswerKey> key =
        DemoAnswerKey::load(QDir(m_clean).filePath(DemoSiteGenerator::AnswerKeyFileName));
    QVERIFY(key.ok());
    QVERIFY(key.value().clean);
    QVERIFY(key.value().problems.isEmpty());

    QString everything;
    for (const QString &page : pagesOf(m_clean))
        everything += decodePage(QDir(m_clean).filePath(page));
    QVERIFY(!everything.contains(QLatin1String(".invalid")));
    QVERIFY(!everything.contains(QStringLiteral("暂无信息")));
    QVERIFY(everything.contains(QStringLiteral("公网安备")));
    for (const DemoProblem &p : std::as_const(m_key.problems)) {
        // A page whose path carries a planted date (a future or aged article) has another path on
        // the clean site; then the text must not appear anywhere.
        const QString page = QDir(m_clean).filePath(p.page);
        const QString html = QFile::exists(page) ? decodePage(page) : everything;
        // A file missing on purpose exists on the clean site, where links to it are fine; a dead
        // host is never linked.
        const bool internal = !p.target.isEmpty() && !p.target.startsWith(QLatin1String("http"));
        const bool restored = internal && QFile::exists(QDir(m_clean).filePath(p.target));
        if (p.absent.isEmpty() && !restored)
            QVERIFY2(!html.contains(p.text), qPrintable(p.id));
        for (const QString &element : p.absent)
            QVERIFY2(html.contains(element), qPrintable(p.id));
        if (!p.target.isEmpty() && !restored)
            QVERIFY2(!everything.contains(p.target), qPrintable(p.id));
    }
}

void TestDemoAnswerKey::internalLinksResolve_data()
{
    QTest::addColumn<bool>("clean");
    QTest::newRow("planted") << false;
    QTest::newRow("clean") << true;
}

void TestDemoAnswerKey::internalLinksResolve()
{
    QFETCH(bool, clean);
    const QString root = clean ? m_clean : m_planted;
    QStringList dead, deadHosts;
    if (!clean) {
        for (const DemoProblem &p : std::as_const(m_key.problems)) {
            if (p.target.startsWith(QLatin1String("http")))
                deadHosts.append(QUrl(p.target).host());
            else if (!p.target.isEmpty())
                dead.append(p.target);
        }
    }
    int checked = 0;
    for (const QString &page : pagesOf(root)) {
        for (const QString &href : linksOf(decodePage(QDir(root).filePath(page)))) {
            const QString target = localTarget(href);
            if (target.isEmpty()) {
                QVERIFY2(href.startsWith(QLatin1String("http")),
                         qPrintable(page + QStringLiteral(": ") + href));
                const QString host = QUrl(href).host();
                if (host.endsWith(QLatin1String(".invalid")))
                    QVERIFY2(deadHosts.contains(host), qPrintable(page + QStringLiteral(": ") + href));
                continue;
            }
            ++checked;
            if (!QFile::exists(QDir(root).filePath(target)))
                QVERIFY2(dead.contains(target), qPrintable(page + QStringLiteral(": ") + href));
        }
    }
    QVERIFY(checked > 1000);
}

void TestDemoAnswerKey::everySpecGetsEveryProblem_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<int>("pages");
    QTest::addColumn<QDate>("today");
    QTest::newRow("smallest site") << quint64(3) << DemoSiteSpec::MinimumArticlePages << QDate(2026, 3, 1);
    QTest::newRow("small site, new year") << quint64(5) << 31 << QDate(2027, 1, 2);
    QTest::newRow("year end") << quint64(11) << 45 << QDate(2026, 12, 31);
    QTest::newRow("leap day") << quint64(12) << 80 << QDate(2028, 2, 29);
    QTest::newRow("large site") << quint64(9) << 600 << Today;
    QTest::newRow("huge seed") << std::numeric_limits<quint64>::max() << 120 << Today;
}

void TestDemoAnswerKey::everySpecGetsEveryProblem()
{
    QFETCH(quint64, seed);
    QFETCH(int, pages);
    QFETCH(QDate, today);
    DemoSiteSpec s = spec(seed, false);
    s.articlePages = pages;
    s.today = today;
    const Result<DemoSite> site = DemoSiteGenerator::build(s);
    QVERIFY(site.ok());
    QStringList expected, planted;
    for (const DemoProblem &p : std::as_const(m_key.problems))
        expected.append(p.id);
    const QMap<QString, QByteArray> &files = site.value().files.files();
    for (const DemoProblem &p : site.value().answerKey.problems) {
        planted.append(p.id);
        QVERIFY2(files.contains(p.page), qPrintable(p.id + QLatin1Char(' ') + p.page));
        QVERIFY2(decodeHtml(files.value(p.page)).contains(p.text), qPrintable(p.id));
        if (!p.target.isEmpty() && !p.target.startsWith(QLatin1String("http")))
            QVERIFY2(!files.contains(p.target), qPrintable(p.id));
    }
    QCOMPARE(planted, expected);
    QCOMPARE(site.value().answerKey.seed, seed);
}

QTEST_GUILESS_MAIN(TestDemoAnswerKey)
#include "tst_demoanswerkey.moc"
