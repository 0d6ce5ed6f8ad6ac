// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoSiteReader.h"
#include "TestDataDir.h"
#include "demo/DemoSiteGenerator.h"

#include <QDir>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTest>

using namespace xj;
using namespace Qt::StringLiterals;
using namespace DemoSiteReader;

Q_DECLARE_METATYPE(xj::DemoSiteSpec)

/// The generator as a whole: reproducible output, encodings, the manifest, and how it treats the
/// folder it writes to.
class TestDemoGenerator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameSeedGivesIdenticalFiles();
    void differentSeedGivesDifferentSite();
    void gbkSectionIsValidGbk();
    void otherPagesAreUtf8();
    void manifestDescribesTheSite_data();
    void manifestDescribesTheSite();
    void replacesAnEarlierSiteOnly();
    void invalidSpecIsRefused_data();
    void invalidSpecIsRefused();

private:
    TestDataDir m_dir;
    QString m_planted, m_again, m_otherSeed, m_clean;
    int m_problemCount = 0;
};

void TestDemoGenerator::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_planted = m_dir.filePath(QStringLiteral("planted"));
    m_again = m_dir.filePath(QStringLiteral("again"));
    m_otherSeed = m_dir.filePath(QStringLiteral("seed2"));
    m_clean = m_dir.filePath(QStringLiteral("clean"));
    const QList<std::pair<QString, DemoSiteSpec>> sites{{m_planted, spec(1, false)},
                                                        {m_again, spec(1, false)},
                                                        {m_otherSeed, spec(2, false)},
                                                        {m_clean, spec(1, true)}};
    for (const auto &[dir, s] : sites) {
        const Result<DemoSiteManifest> written = DemoSiteGenerator::generate(s, dir);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().fullText()));
    }
    const Result<DemoAnswerKey> key =
        DemoAnswerKey::load(QDir(m_planted).filePath(DemoSiteGenerator::AnswerKeyFileName));
    QVERIFY(key.ok());
    m_problemCount = int(key.value().problems.size());
    QVERIFY(m_problemCount > 0);
}

void TestDemoGenerator::sameSeedGivesIdenticalFiles()
{
    const QMap<QString, QString> first = hashTree(m_planted);
    QVERIFY(first.size() > 150);
    QCOMPARE(hashTree(m_again), first);
}

void TestDemoGenerator::differentSeedGivesDifferentSite()
{
    const QMap<QString, QString> first = hashTree(m_planted);
    const QMap<QString, QString> other = hashTree(m_otherSeed);
    QVERIFY(first != other);
    QVERIFY(first.value(QStringLiteral("index.html")) != other.value(QStringLiteral("index.html")));
    QVERIFY(first.value(QStringLiteral("answer-key.json")) != other.value(QStringLiteral("answer-key.json")));
}

void TestDemoGenerator::gbkSectionIsValidGbk()
{
    const QStringList pages = pagesOf(m_planted).filter(QRegularExpression(QStringLiteral("^hdjl/")));
    QVERIFY(pages.size() > 10);
    for (const QString &page : pages) {
        const QByteArray bytes = readBytes(QDir(m_planted).filePath(page));
        QString charset;
        const QString text = decodePage(QDir(m_planted).filePath(page), &charset);
        QCOMPARE(charset, u"gbk"_s);
        QVERIFY(text.contains(QStringLiteral("互动交流")));
        // ICU maps undecodable GBK bytes to U+FFFD or the private-use area; a round trip must
        // reproduce the bytes exactly.
        for (QChar c : text)
            QVERIFY2(c != QChar::ReplacementCharacter && !(c.unicode() >= 0xe000 && c.unicode() <= 0xf8ff),
                     qPrintable(page));
        QStringEncoder encoder("GBK");
        QCOMPARE(QByteArray(encoder.encode(text)), bytes);
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString asUtf8 = utf8.decode(bytes);
        QVERIFY2(utf8.hasError(), "a GBK page must not also be valid UTF-8");
    }
}

void TestDemoGenerator::otherPagesAreUtf8()
{
    for (const QString &page : pagesOf(m_planted)) {
        if (page.startsWith(QLatin1String("hdjl/")))
            continue;
        QString charset;
        decodePage(QDir(m_planted).filePath(page), &charset);
        QCOMPARE(charset, u"utf-8"_s);
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString text = utf8.decode(readBytes(QDir(m_planted).filePath(page)));
        QVERIFY2(!utf8.hasError() && !text.isEmpty(), qPrintable(page));
    }
}

void TestDemoGenerator::manifestDescribesTheSite_data()
{
    QTest::addColumn<bool>("clean");
    QTest::newRow("planted") << false;
    QTest::newRow("clean") << true;
}

void TestDemoGenerator::manifestDescribesTheSite()
{
    QFETCH(bool, clean);
    const QString root = clean ? m_clean : m_planted;
    const Result<DemoSiteManifest> loaded =
        DemoSiteManifest::load(QDir(root).filePath(DemoSiteGenerator::ManifestFileName));
    QVERIFY(loaded.ok());
    const DemoSiteManifest &m = loaded.value();
    QCOMPARE(m.files, hashTree(root).keys());
    QCOMPARE(m.pageCount, int(pagesOf(root).size()));
    QCOMPARE(m.problemCount, clean ? 0 : m_problemCount);
    QCOMPARE(m.today, Today);
    QMap<QString, QDate> newest;
    for (const DemoColumnSummary &c : m.columns)
        newest.insert(c.path, c.newest);
    // The windows of indicators.md §9: 2 weeks for news, 6 months for notices and policies, 1 year
    // for personnel and plans.
    const struct
    {
        const char *column;
        int window;
        bool staleWhenPlanted;
    } windows[] = {{"zwdt/zwyw", 14, false}, {"zwdt/xzdt", 14, true}, {"tzgg", 183, false},
                   {"zcwj", 183, false},     {"rsxx", 365, true},     {"ghjh", 365, false}};
    for (const auto &w : windows) {
        const QDate date = newest.value(QString::fromLatin1(w.column));
        QVERIFY2(date.isValid(), w.column);
        const bool stale = date.daysTo(Today) > w.window;
        QVERIFY2(stale == (!clean && w.staleWhenPlanted), w.column);
    }
    QCOMPARE(newest.value(u"ghjh/zxgh"_s).isValid(), clean);
}

void TestDemoGenerator::replacesAnEarlierSiteOnly()
{
    TestDataDir dir;
    const QString root = dir.filePath(QStringLiteral("site"));
    QVERIFY(DemoSiteGenerator::generate(spec(3, false), root).ok());
    const QString foreign = QDir(root).filePath(QStringLiteral("notes.txt"));
    QFile note(foreign);
    QVERIFY(note.open(QIODevice::WriteOnly));
    note.write("kept");
    note.close();

    // A smaller site replaces the earlier one: no file of the old site remains, other files do.
    DemoSiteSpec smaller = spec(4, true);
    smaller.articlePages = DemoSiteSpec::MinimumArticlePages;
    const Result<DemoSiteManifest> replaced = DemoSiteGenerator::generate(smaller, root);
    QVERIFY(replaced.ok());
    QStringList expected = replaced.value().files;
    expected.append(QStringLiteral("notes.txt"));
    expected.sort();
    QCOMPARE(hashTree(root).keys(), expected);

    // A folder with other content is refused and left alone.
    const QString other = dir.filePath(QStringLiteral("other"));
    QVERIFY(QDir().mkpath(other));
    QFile file(QDir(other).filePath(QStringLiteral("index.html")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const Result<DemoSiteManifest> refused = DemoSiteGenerator::generate(spec(1, false), other);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QLatin1String("not empty")));
    QCOMPARE(QDir(other).entryList(QDir::Files | QDir::NoDotAndDotDot), QStringList{u"index.html"_s});
}

void TestDemoGenerator::invalidSpecIsRefused_data()
{
    QTest::addColumn<DemoSiteSpec>("bad");
    DemoSiteSpec noDate = spec(1, false);
    noDate.today = QDate();
    QTest::newRow("no date") << noDate;
    DemoSiteSpec fewPages = spec(1, false);
    fewPages.articlePages = DemoSiteSpec::MinimumArticlePages - 1;
    QTest::newRow("too few pages") << fewPages;
    DemoSiteSpec badCode = spec(1, false);
    badCode.siteCode = QStringLiteral("12345");
    QTest::newRow("site code") << badCode;
    DemoSiteSpec badPolice = spec(1, false);
    badPolice.policeRecordCode = QStringLiteral("1234x");
    QTest::newRow("police record") << badPolice;
}

void TestDemoGenerator::invalidSpecIsRefused()
{
    QFETCH(DemoSiteSpec, bad);
    TestDataDir dir;
    const QString root = dir.filePath(QStringLiteral("site"));
    QVERIFY(!DemoSiteGenerator::generate(bad, root).ok());
    QVERIFY(!QFileInfo::exists(root));
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
