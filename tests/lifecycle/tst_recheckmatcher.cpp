// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindingPlace.h"
#include "TestDatabase.h"
#include "lifecycle/RecheckMatcher.h"
#include "lifecycle/RecheckTarget.h"
#include "storage/FindingRepository.h"

#include <QTest>

using namespace xj;

namespace {

const QString Page = QStringLiteral("http://127.0.0.1:18460/zwgk/index.html");

Finding typoFinding()
{
    Finding f;
    f.id = 7;
    f.url = Page;
    f.checkId = QStringLiteral("typo.confusion");
    f.elementText = QStringLiteral("布署");
    f.elementSelector = QStringLiteral("#content > p:nth-of-type(2)");
    return f;
}

Candidate candidate(const QString &checkId, const QString &text, const QString &selector)
{
    Candidate c;
    c.checkId = checkId;
    c.text = text;
    c.selector = selector;
    return c;
}

} // namespace

Q_DECLARE_METATYPE(xj::Candidate)
Q_DECLARE_METATYPE(xj::RecheckMatch::Outcome)
Q_DECLARE_METATYPE(xj::RecheckMatcher::Method)

// Re-check (复查) of findings an automated check proposed: does the check still report the problem
// on the live page, is a dead link still dead.
class TestRecheckMatcher : public QObject
{
    Q_OBJECT

private slots:
    void methodForCheck_data()
    {
        QTest::addColumn<QString>("checkId");
        QTest::addColumn<RecheckMatcher::Method>("method");
        QTest::newRow("marked by hand") << QString() << RecheckMatcher::Method::None;
        QTest::newRow("typo") << QStringLiteral("typo.confusion") << RecheckMatcher::Method::PageCheck;
        QTest::newRow("future date") << QStringLiteral("date.future") << RecheckMatcher::Method::PageCheck;
        QTest::newRow("hidden link") << QStringLiteral("hijack.hidden_link")
                                     << RecheckMatcher::Method::PageCheck;
        QTest::newRow("dead link") << QStringLiteral("link.broken") << RecheckMatcher::Method::Fetch;
        QTest::newRow("soft 404") << QStringLiteral("link.soft404") << RecheckMatcher::Method::Fetch;
        QTest::newRow("unavailable") << QStringLiteral("site.unavailable") << RecheckMatcher::Method::Fetch;
        QTest::newRow("stale column") << QStringLiteral("column.stale") << RecheckMatcher::Method::Manual;
        QTest::newRow("unanswered") << QStringLiteral("message.unanswered") << RecheckMatcher::Method::Manual;
        QTest::newRow("unknown id") << QStringLiteral("future.check") << RecheckMatcher::Method::Manual;
    }
    void methodForCheck()
    {
        QFETCH(QString, checkId);
        QFETCH(RecheckMatcher::Method, method);
        QCOMPARE(RecheckMatcher::methodFor(checkId), method);
    }

    void matchCandidates_data()
    {
        QTest::addColumn<QString>("pageUrl");
        QTest::addColumn<Candidates>("found");
        QTest::addColumn<RecheckMatch::Outcome>("outcome");
        QTest::addColumn<int>("matches");
        QTest::addColumn<QString>("summaryHas");
        const QString selector = typoFinding().elementSelector;
        const QString typo = QStringLiteral("typo.confusion");
        QTest::newRow("same text, same element")
            << Page << Candidates{candidate(typo, QStringLiteral("布署"), selector)}
            << RecheckMatch::Outcome::StillPresent << 1 << QStringLiteral("Still present");
        QTest::newRow("same text, element moved")
            << Page << Candidates{candidate(typo, QStringLiteral("布署"), QStringLiteral("#news li"))}
            << RecheckMatch::Outcome::StillPresent << 1 << QStringLiteral("布署");
        QTest::newRow("same element, other wording")
            << Page << Candidates{candidate(typo, QStringLiteral("迫不急待"), selector)}
            << RecheckMatch::Outcome::StillPresent << 1 << QStringLiteral("Still present");
        QTest::newRow("nothing on the page") << Page << Candidates{} << RecheckMatch::Outcome::Gone << 0
                                             << QStringLiteral("Not found any more");
        QTest::newRow("another check at the same place")
            << Page << Candidates{candidate(QStringLiteral("date.future"), QStringLiteral("布署"), selector)}
            << RecheckMatch::Outcome::Gone << 0 << QStringLiteral("no longer reports");
        QTest::newRow("same check elsewhere only")
            << Page
            << Candidates{candidate(typo, QStringLiteral("既使"), QStringLiteral("#footer")),
                          candidate(typo, QStringLiteral("再接再励"), QStringLiteral("#news"))}
            << RecheckMatch::Outcome::Gone << 0 << QStringLiteral("2 other place");
        QTest::newRow("scheme, slash and fragment do not count")
            << QStringLiteral("https://127.0.0.1:18460/zwgk/index.html#top")
            << Candidates{candidate(typo, QStringLiteral("布署"), selector)}
            << RecheckMatch::Outcome::StillPresent << 1 << QStringLiteral("Still present");
        QTest::newRow("redirected to another page")
            << QStringLiteral("http://127.0.0.1:18460/404.html")
            << Candidates{candidate(typo, QStringLiteral("布署"), selector)} << RecheckMatch::Outcome::Unsure
            << 1 << QStringLiteral("another address");
    }
    void matchCandidates()
    {
        QFETCH(QString, pageUrl);
        QFETCH(Candidates, found);
        QFETCH(RecheckMatch::Outcome, outcome);
        QFETCH(int, matches);
        QFETCH(QString, summaryHas);
        const RecheckMatch match = RecheckMatcher::matchCandidates(typoFinding(), QUrl(pageUrl), found);
        QCOMPARE(match.outcome, outcome);
        QCOMPARE(match.matches, matches);
        QVERIFY2(match.summary.contains(summaryHas), qPrintable(match.summary));
    }

    void handMarkedFindingHasNothingToMatch()
    {
        Finding f = typoFinding();
        f.checkId.clear();
        const RecheckMatch match = RecheckMatcher::matchCandidates(
            f, QUrl(Page), {candidate(QStringLiteral("typo.confusion"), QStringLiteral("布署"), {})});
        QCOMPARE(match.outcome, RecheckMatch::Outcome::Unsure);
        QCOMPARE(match.matches, 0);
    }

    void judgeResponse_data()
    {
        QTest::addColumn<QString>("checkId");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::addColumn<RecheckMatch::Outcome>("outcome");
        QTest::addColumn<QString>("summaryHas");
        const QString broken = QStringLiteral("link.broken");
        QTest::newRow("still 404") << broken << 404 << QString() << RecheckMatch::Outcome::StillPresent
                                   << QStringLiteral("HTTP 404");
        QTest::newRow("server error") << broken << 500 << QString() << RecheckMatch::Outcome::StillPresent
                                      << QStringLiteral("Still broken");
        QTest::newRow("refused") << broken << 0 << QStringLiteral("refused")
                                 << RecheckMatch::Outcome::StillPresent << QStringLiteral("refused");
        QTest::newRow("dns") << broken << 0 << QStringLiteral("dns") << RecheckMatch::Outcome::StillPresent
                             << QStringLiteral("DNS");
        QTest::newRow("timeout") << broken << 0 << QStringLiteral("timeout")
                                 << RecheckMatch::Outcome::StillPresent << QStringLiteral("in time");
        QTest::newRow("fixed") << broken << 200 << QString() << RecheckMatch::Outcome::Gone
                               << QStringLiteral("Fixed");
        QTest::newRow("redirect answered")
            << broken << 301 << QString() << RecheckMatch::Outcome::Gone << QStringLiteral("HTTP 301");
        QTest::newRow("too large still arrived") << broken << 200 << QStringLiteral("too_large")
                                                 << RecheckMatch::Outcome::Gone << QStringLiteral("Fixed");
        QTest::newRow("loop") << QStringLiteral("link.redirect_loop") << 0 << QStringLiteral("redirect_loop")
                              << RecheckMatch::Outcome::StillPresent << QStringLiteral("loop");
        QTest::newRow("soft 404 answering 200") << QStringLiteral("link.soft404") << 200 << QString()
                                                << RecheckMatch::Outcome::Unsure << QStringLiteral("judge");
        QTest::newRow("soft 404 now a real 404")
            << QStringLiteral("link.soft404") << 404 << QString() << RecheckMatch::Outcome::StillPresent
            << QStringLiteral("Still broken");
        QTest::newRow("site back") << QStringLiteral("site.unavailable") << 200 << QString()
                                   << RecheckMatch::Outcome::Gone << QStringLiteral("probes");
        QTest::newRow("site still down")
            << QStringLiteral("site.unavailable") << 503 << QString() << RecheckMatch::Outcome::StillPresent
            << QStringLiteral("Still unavailable");
    }
    void judgeResponse()
    {
        QFETCH(QString, checkId);
        QFETCH(int, status);
        QFETCH(QString, error);
        QFETCH(RecheckMatch::Outcome, outcome);
        QFETCH(QString, summaryHas);
        const QUrl address(QStringLiteral("http://127.0.0.1:18460/old/notice.html"));
        const RecheckMatch match = RecheckMatcher::judgeResponse(checkId, address, status, error);
        QCOMPARE(match.outcome, outcome);
        QVERIFY2(match.summary.contains(summaryHas), qPrintable(match.summary));
        QVERIFY2(match.summary.contains(address.toDisplayString()), qPrintable(match.summary));
    }

    // The dead address is kept with the scan candidate, also for a finding carried forward.
    void targetOfDeadLinkComesFromTheScan()
    {
        TestDatabase t;
        QVERIFY(t.isOpen());
        const FindingPlace place = addFindingPlace(t.db());
        QVERIFY(place.roundId > 0);
        const qint64 earlier = addFinding(t.db(), place, QStringLiteral("死链"));
        QVERIFY(earlier > 0);
        auto scan = t.db().exec(QStringLiteral("INSERT INTO scans (site_id, start_url, inspection_date) "
                                               "VALUES (?, 'http://127.0.0.1:18460/', '2026-11-24')"),
                                {place.siteId});
        QVERIFY(scan.ok());
        const qint64 scanId = scan.value().lastInsertId().toLongLong();
        QVERIFY(t.db()
                    .exec(QStringLiteral(
                              "INSERT INTO scan_candidates (scan_id, check_id, item_code, category, url, "
                              "source_url, message, state, finding_id) VALUES (?, 'link.broken', "
                              "'W-D11', 'P07', 'http://127.0.0.1:18460/old/notice.html', ?, 'x', "
                              "'accepted', ?)"),
                          {scanId, Page, earlier})
                    .ok());

        Finding later = FindingRepository(t.db()).get(earlier).value();
        later.id = 0;
        later.checkId = QStringLiteral("link.broken");
        later.originFindingId = earlier;
        auto laterId = FindingRepository(t.db()).create(later);
        QVERIFY(laterId.ok());
        later.id = laterId.value();
        auto target = RecheckTarget::addressToFetch(t.db(), later);
        QVERIFY2(target.ok(), qPrintable(target.ok() ? QString() : target.error().message));
        QCOMPARE(target.value(), QUrl(QStringLiteral("http://127.0.0.1:18460/old/notice.html")));

        // Without the scan the dead address is unknown; the page it was on is not a substitute.
        QVERIFY(t.db().exec(QStringLiteral("DELETE FROM scans")).ok());
        QVERIFY(!RecheckTarget::addressToFetch(t.db(), later).ok());
        // The home page of an availability finding is the finding's own address.
        later.checkId = QStringLiteral("site.unavailable");
        QCOMPARE(RecheckTarget::addressToFetch(t.db(), later).value(), QUrl(later.url));
    }
};

QTEST_GUILESS_MAIN(TestRecheckMatcher)
#include "tst_recheckmatcher.moc"
