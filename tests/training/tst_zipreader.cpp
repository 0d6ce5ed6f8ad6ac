// SPDX-License-Identifier: GPL-3.0-or-later
#include "CraftedZip.h"
#include "core/ZipReader.h"
#include "core/ZipWriter.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace xj;

/// ZipReader against archives it must not trust: names, links, counts and sizes that lie.
class TestZipReader : public QObject
{
    Q_OBJECT

private slots:
    void safeEntryName_data();
    void safeEntryName();
    void listsEntriesWithTheirKinds();
    void refusesMoreEntriesThanAllowed();
    void readsWithinTheLimit();
    void stopsAtTheLimitForARunOfZeros();
    void neverUnpacksMoreThanTheLimitWhenTheHeaderLies();
    void reportsMissingEntries();
    void refusesFilesThatAreNoZip();

private:
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QTemporaryDir m_dir;
};

void TestZipReader::safeEntryName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("safe");
    QTest::newRow("file at root") << QStringLiteral("exercise.json") << true;
    QTest::newRow("nested") << QStringLiteral("site/news/a.html") << true;
    QTest::newRow("chinese") << QStringLiteral("site/新闻/通知.html") << true;
    QTest::newRow("directory entry") << QStringLiteral("site/news/") << true;
    QTest::newRow("hidden file") << QStringLiteral("site/.htaccess") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("absolute") << QStringLiteral("/etc/evil") << false;
    QTest::newRow("parent") << QStringLiteral("../evil.html") << false;
    QTest::newRow("parent inside") << QStringLiteral("site/../../x") << false;
    QTest::newRow("dot segment") << QStringLiteral("site/./a.html") << false;
    QTest::newRow("empty segment") << QStringLiteral("site//a.html") << false;
    QTest::newRow("drive") << QStringLiteral("C:\\x") << false;
    QTest::newRow("drive relative") << QStringLiteral("C:x") << false;
    QTest::newRow("unc") << QStringLiteral("\\\\server\\share\\x") << false;
    QTest::newRow("backslash") << QStringLiteral("site\\a.html") << false;
    QTest::newRow("nul") << (QStringLiteral("site/a.html") + QChar(0) + QStringLiteral(".png")) << false;
    QTest::newRow("control") << (QStringLiteral("site/") + QChar(1) + QStringLiteral("a.html")) << false;
    QTest::newRow("stream") << QStringLiteral("site/a.html:evil") << false;
    QTest::newRow("device") << QStringLiteral("site/con.html") << false;
    QTest::newRow("numbered device") << QStringLiteral("key/LPT1") << false;
    QTest::newRow("trailing dot") << QStringLiteral("site/...") << false;
    QTest::newRow("trailing space") << QStringLiteral("site/.. ") << false;
}

void TestZipReader::safeEntryName()
{
    QFETCH(QString, name);
    QFETCH(bool, safe);
    QCOMPARE(ZipReader::safeEntryName(name), safe);
}

void TestZipReader::listsEntriesWithTheirKinds()
{
    const QString zipPath = path("kinds.zip");
    QVERIFY(writeCraftedZip(zipPath, {{"site/", {}, 040755, -1},
                                      {QStringLiteral("site/通知.html").toUtf8(), "<p>hi</p>", 0100644, -1},
                                      {"site/link", "/etc/passwd", 0120777, -1}}));
    ZipReader zip;
    QVERIFY(zip.open(zipPath));
    const auto entries = zip.entries(10);
    QVERIFY(entries);
    QCOMPARE(entries.value().size(), 3);
    const ZipReader::Entry &dir = entries.value().at(0);
    QVERIFY(dir.isDirectory);
    QVERIFY(!dir.isSymlink);
    const ZipReader::Entry &page = entries.value().at(1);
    QCOMPARE(page.name, QStringLiteral("site/通知.html"));
    QCOMPARE(page.uncompressedSize, quint64(9));
    QVERIFY(page.compressedSize > 0);
    QVERIFY(!page.isDirectory);
    QVERIFY(!page.isSymlink);
    QVERIFY(entries.value().at(2).isSymlink);
    QCOMPARE(zip.read(QStringLiteral("site/通知.html"), 100).value(), QByteArray("<p>hi</p>"));
}

void TestZipReader::refusesMoreEntriesThanAllowed()
{
    const QString zipPath = path("many.zip");
    ZipWriter writer;
    QVERIFY(writer.open(zipPath));
    for (int i = 0; i < 5; ++i)
        QVERIFY(writer.add(QStringLiteral("f%1.txt").arg(i), QByteArray::number(i)));
    QVERIFY(writer.close());
    ZipReader zip;
    QVERIFY(zip.open(zipPath));
    const auto four = zip.entries(4);
    QVERIFY(!four);
    QCOMPARE(zip.lastFailure(), ZipReader::Failure::TooMany);
    QVERIFY2(four.error().message.contains(QLatin1String("more than 4")), qPrintable(four.error().message));
    const auto five = zip.entries(5);
    QVERIFY(five);
    QCOMPARE(five.value().size(), 5);
}

void TestZipReader::readsWithinTheLimit()
{
    const QString zipPath = path("small.zip");
    ZipWriter writer;
    QVERIFY(writer.open(zipPath));
    QByteArray binary;
    for (int i = 0; i < 512; ++i)
        binary.append(char(i % 256));
    QVERIFY(writer.add(QStringLiteral("key/a.png"), binary, ZipWriter::Compression::Store));
    QVERIFY(writer.close());
    ZipReader zip;
    QVERIFY(zip.open(zipPath));
    // Read without entries() first (the scan) and after it (the table).
    QCOMPARE(zip.read(QStringLiteral("key/a.png"), 512).value(), binary);
    QVERIFY(zip.entries(10));
    QCOMPARE(zip.read(QStringLiteral("key/a.png"), 512).value(), binary);
    QCOMPARE(zip.lastFailure(), ZipReader::Failure::None);
    QVERIFY(!zip.read(QStringLiteral("key/a.png"), 511));
    QCOMPARE(zip.lastFailure(), ZipReader::Failure::TooLarge);
}

void TestZipReader::stopsAtTheLimitForARunOfZeros()
{
    // 60 MB of zeros packs into a few dozen kilobytes: only the unpacked size may be trusted.
    const QString zipPath = path("zeros.zip");
    QVERIFY(writeCraftedZip(zipPath, {{"zeros.bin", QByteArray(60 * 1024 * 1024, '\0'), 0, -1}}));
    QVERIFY(QFileInfo(zipPath).size() < 1024 * 1024);
    ZipReader zip;
    QVERIFY(zip.open(zipPath));
    const auto entries = zip.entries(10);
    QVERIFY(entries);
    QVERIFY(entries.value().first().compressedSize < 1024 * 1024);
    const auto read = zip.read(QStringLiteral("zeros.bin"), 50 * 1024 * 1024);
    QVERIFY(!read);
    QCOMPARE(zip.lastFailure(), ZipReader::Failure::TooLarge);
    QVERIFY2(read.error().message.contains(QLatin1String("zeros.bin")), qPrintable(read.error().message));
}

void TestZipReader::neverUnpacksMoreThanTheLimitWhenTheHeaderLies()
{
    // The headers claim 1,000 bytes; the data unpacks to 2 MB.
    const QString zipPath = path("liar.zip");
    QVERIFY(writeCraftedZip(zipPath, {{"liar.bin", QByteArray(2 * 1024 * 1024, 'x'), 0, 1000}}));
    ZipReader zip;
    QVERIFY(zip.open(zipPath));
    const auto entries = zip.entries(10);
    QVERIFY(entries);
    QCOMPARE(entries.value().first().uncompressedSize, quint64(1000));
    const auto read = zip.read(QStringLiteral("liar.bin"), 1024 * 1024);
    QVERIFY(!read);
    QVERIFY(zip.lastFailure() == ZipReader::Failure::Damaged ||
            zip.lastFailure() == ZipReader::Failure::TooLarge);
}

void TestZipReader::reportsMissingEntries()
{
    const QString zipPath = path("one.zip");
    QVERIFY(writeCraftedZip(zipPath, {{"a.txt", "a", 0, -1}}));
    ZipReader zip;
    QVERIFY(zip.open(zipPath));
    QVERIFY(!zip.read(QStringLiteral("b.txt"), 10));
    QCOMPARE(zip.lastFailure(), ZipReader::Failure::NotFound);
    QVERIFY(zip.entries(10));
    QVERIFY(!zip.read(QStringLiteral("A.TXT"), 10)); // names are compared exactly
    QCOMPARE(zip.lastFailure(), ZipReader::Failure::NotFound);
}

void TestZipReader::refusesFilesThatAreNoZip()
{
    QFile text(path("notes.txt"));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("these are not the files you are looking for\n");
    text.close();
    ZipReader zip;
    QVERIFY(!zip.open(text.fileName()));
    QVERIFY(!zip.open(path("missing.zip")));
}

QTEST_GUILESS_MAIN(TestZipReader)
#include "tst_zipreader.moc"
