// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawler/RobotsRules.h"

#include <QTest>

using xj::RobotsRules;

/// robots.txt as RFC 9309 reads it, for the agent token "xunjian": which group applies, which
/// rule wins, and the Crawl-delay the throttle honours.
class TestRobotsRules : public QObject
{
    Q_OBJECT

private slots:
    void allows_data()
    {
        QTest::addColumn<QByteArray>("robots");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("allowed");

        const QByteArray groups = "User-agent: *\nDisallow: /private/\n\n"
                                  "User-agent: Xunjian\nDisallow: /only-for-us/\n";
        QTest::newRow("our group wins over *") << groups << "/private/a.html" << true;
        QTest::newRow("our group applies") << groups << "/only-for-us/a.html" << false;
        const QByteArray otherBot = "User-agent: Googlebot\nDisallow: /\n\nUser-agent: *\nDisallow: /tmp/\n";
        QTest::newRow("other agent ignored") << otherBot << "/index.html" << true;
        QTest::newRow("star group used") << otherBot << "/tmp/x" << false;
        const QByteArray shared = "User-agent: foo\nUser-agent: xunjian\nDisallow: /shared/\n";
        QTest::newRow("group of several agents") << shared << "/shared/x" << false;
        const QByteArray split = "User-agent: xunjian\nDisallow: /a/\n\nUser-agent: xunjian\nDisallow: /b/\n";
        QTest::newRow("groups of the same agent merge") << split << "/b/x" << false;

        const QByteArray longest = "User-agent: *\nDisallow: /news/\nAllow: /news/public/\n";
        QTest::newRow("longer allow wins") << longest << "/news/public/1.html" << true;
        QTest::newRow("shorter disallow") << longest << "/news/secret.html" << false;
        const QByteArray longestDeny = "User-agent: *\nAllow: /docs/\nDisallow: /docs/drafts/\n";
        QTest::newRow("longer disallow wins") << longestDeny << "/docs/drafts/x" << false;
        const QByteArray tie = "User-agent: *\nDisallow: /page\nAllow: /page\n";
        QTest::newRow("allow on a tie") << tie << "/page.html" << true;
        const QByteArray tieReversed = "User-agent: *\nAllow: /page\nDisallow: /page\n";
        QTest::newRow("allow on a tie, either order") << tieReversed << "/page.html" << true;

        const QByteArray star = "User-agent: *\nDisallow: /*.php\nDisallow: /*/print/\n";
        QTest::newRow("star in middle") << star << "/a/b/index.php?x=1" << false;
        QTest::newRow("star no match") << star << "/a/b/index.html" << true;
        QTest::newRow("star segment") << star << "/zwgk/print/1.html" << false;
        const QByteArray dollar = "User-agent: *\nDisallow: /*.pdf$\n";
        QTest::newRow("dollar anchors") << dollar << "/files/a.pdf" << false;
        QTest::newRow("dollar not at end") << dollar << "/files/a.pdf?download=1" << true;
        QTest::newRow("query disallowed")
            << QByteArray("User-agent: *\nDisallow: /search?\n") << "/search?q=1" << false;

        QTest::newRow("empty disallow allows all")
            << QByteArray("User-agent: *\nDisallow:\n") << "/anything" << true;
        QTest::newRow("disallow all") << QByteArray("User-agent: *\nDisallow: /\n") << "/index.html" << false;
        const QByteArray comments = "# our rules\nUser-agent: * # everyone\nDisallow: /admin/ # staff only\n"
                                    "# Disallow: /news/\n";
        QTest::newRow("comment stripped from rule") << comments << "/admin/login" << false;
        QTest::newRow("commented rule ignored") << comments << "/news/1.html" << true;
        QTest::newRow("crlf and case")
            << QByteArray("USER-AGENT: *\r\nDISALLOW: /Cgi/\r\n") << "/Cgi/x" << false;
        QTest::newRow("path case matters")
            << QByteArray("User-agent: *\nDisallow: /Cgi/\n") << "/cgi/x" << true;
        QTest::newRow("rules before any agent ignored")
            << QByteArray("Disallow: /\nUser-agent: *\nDisallow: /x\n") << "/index.html" << true;
        QTest::newRow("no robots") << QByteArray() << "/x" << true;

        const QByteArray utf8 = QStringLiteral("User-agent: *\nDisallow: /政务/\n").toUtf8();
        QTest::newRow("utf-8 rule vs encoded path") << utf8 << "/%E6%94%BF%E5%8A%A1/a.html" << false;
        const QByteArray encodedLower = "User-agent: *\nDisallow: /%e6%94%bf%e5%8a%a1/\n";
        QTest::newRow("lower-case escapes") << encodedLower << "/%E6%94%BF%E5%8A%A1/a.html" << false;
        const QByteArray encodedUpper = "User-agent: *\nDisallow: /%E6%94%BF%E5%8A%A1/\n";
        QTest::newRow("upper-case escapes") << encodedUpper << "/%E6%94%BF%E5%8A%A1/a.html" << false;
        QTest::newRow("empty agent line is no match")
            << QByteArray("User-agent:\nDisallow: /\n\nUser-agent: *\nDisallow: /x/\n") << "/index.html"
            << true;
    }
    void allows()
    {
        QFETCH(QByteArray, robots);
        QFETCH(QString, path);
        QFETCH(bool, allowed);
        QCOMPARE(RobotsRules::parse(robots).allows(path), allowed);
    }

    void crawlDelay_data()
    {
        QTest::addColumn<QByteArray>("robots");
        QTest::addColumn<double>("seconds");
        QTest::newRow("star") << QByteArray("User-agent: *\nCrawl-delay: 2\n") << 2.0;
        QTest::newRow("fraction") << QByteArray("User-agent: *\nCrawl-delay: 0.5\n") << 0.5;
        QTest::newRow("ours wins")
            << QByteArray("User-agent: *\nCrawl-delay: 9\n\nUser-agent: xunjian\nCrawl-delay: 1\n") << 1.0;
        QTest::newRow("other agent") << QByteArray("User-agent: Baiduspider\nCrawl-delay: 30\n") << 0.0;
        QTest::newRow("capped") << QByteArray("User-agent: *\nCrawl-delay: 86400\n") << 60.0;
        QTest::newRow("garbage") << QByteArray("User-agent: *\nCrawl-delay: soon\n") << 0.0;
        QTest::newRow("none") << QByteArray("User-agent: *\nDisallow: /x\n") << 0.0;
    }
    void crawlDelay()
    {
        QFETCH(QByteArray, robots);
        QFETCH(double, seconds);
        QCOMPARE(RobotsRules::parse(robots).crawlDelaySeconds(), seconds);
    }

    void defaultAllowsEverything()
    {
        const RobotsRules none;
        QVERIFY(none.allows(QStringLiteral("/")));
        QCOMPARE(none.ruleCount(), 0);
        QCOMPARE(none.crawlDelaySeconds(), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestRobotsRules)
#include "tst_robotsrules.moc"
