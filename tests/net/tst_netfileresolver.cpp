// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDataDir.h"
#include "net/StaticFileResolver.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace xj;
using namespace Qt::StringLiterals;

class TestStaticFileResolver : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void resolves_data();
    void resolves();
    void contentTypes_data();
    void contentTypes();

private:
    static void write(const QString &path, const QByteArray &bytes);
    TestDataDir m_dir;
    QString m_root;
};

void TestStaticFileResolver::write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

void TestStaticFileResolver::initTestCase()
{
    m_root = m_dir.filePath(QStringLiteral("root"));
    write(m_root + QStringLiteral("/index.html"), "home");
    write(m_root + QStringLiteral("/sub/index.html"), "sub");
    write(m_root + QStringLiteral("/empty/readme.txt"), "no index here");
    write(m_root + QStringLiteral("/中文.txt"), "chinese name");
    write(m_root + QStringLiteral("/with space.txt"), "space");
    write(m_dir.filePath(QStringLiteral("secret.txt")), "TOP-SECRET");
    QVERIFY(
        QFile::link(m_dir.filePath(QStringLiteral("secret.txt")), m_root + QStringLiteral("/escape.txt")));
    QVERIFY(QFile::link(m_dir.path(), m_root + QStringLiteral("/up")));
    QVERIFY(QFile::link(m_root + QStringLiteral("/sub/index.html"), m_root + QStringLiteral("/inside.html")));
}

void TestStaticFileResolver::resolves_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("file"); // relative to the root, or the redirect location
    QTest::newRow("root") << QByteArray("/") << 200 << u"index.html"_s;
    QTest::newRow("file") << QByteArray("/index.html") << 200 << u"index.html"_s;
    QTest::newRow("query ignored") << QByteArray("/index.html?q=1") << 200 << u"index.html"_s;
    QTest::newRow("folder index") << QByteArray("/sub/") << 200 << u"sub/index.html"_s;
    QTest::newRow("folder redirect") << QByteArray("/sub?x=1") << 301 << u"/sub/?x=1"_s;
    QTest::newRow("double slash") << QByteArray("//sub//index.html") << 200 << u"sub/index.html"_s;
    QTest::newRow("percent-encoded utf-8") << QByteArray("/%E4%B8%AD%E6%96%87.txt") << 200 << u"中文.txt"_s;
    QTest::newRow("encoded space") << QByteArray("/with%20space.txt") << 200 << u"with space.txt"_s;
    QTest::newRow("absolute form") << QByteArray("http://127.0.0.1:8080/sub/") << 200 << u"sub/index.html"_s;
    QTest::newRow("symlink inside") << QByteArray("/inside.html") << 200 << u"sub/index.html"_s;
    QTest::newRow("missing") << QByteArray("/nope.html") << 404 << QString();
    QTest::newRow("folder without index") << QByteArray("/empty/") << 404 << QString();
    QTest::newRow("dot dot") << QByteArray("/../secret.txt") << 403 << QString();
    QTest::newRow("nested dot dot") << QByteArray("/sub/../../secret.txt") << 403 << QString();
    QTest::newRow("encoded dot dot") << QByteArray("/%2e%2e/secret.txt") << 403 << QString();
    QTest::newRow("encoded slash") << QByteArray("/sub%2F..%2F..%2Fsecret.txt") << 403 << QString();
    QTest::newRow("dot") << QByteArray("/./index.html") << 403 << QString();
    QTest::newRow("backslash") << QByteArray("/..\\secret.txt") << 400 << QString();
    QTest::newRow("encoded backslash") << QByteArray("/..%5csecret.txt") << 400 << QString();
    QTest::newRow("nul") << QByteArray("/index.html%00.txt") << 400 << QString();
    QTest::newRow("bad escape") << QByteArray("/%zz") << 400 << QString();
    QTest::newRow("cut escape") << QByteArray("/a%4") << 400 << QString();
    QTest::newRow("invalid utf-8") << QByteArray("/%ff%fe") << 400 << QString();
    QTest::newRow("not a path") << QByteArray("index.html") << 400 << QString();
    QTest::newRow("file link out") << QByteArray("/escape.txt") << 404 << QString();
    QTest::newRow("folder link out") << QByteArray("/up/secret.txt") << 404 << QString();
    QTest::newRow("system path") << QByteArray("/etc/passwd") << 404 << QString();
}

void TestStaticFileResolver::resolves()
{
    QFETCH(QByteArray, target);
    QFETCH(int, status);
    QFETCH(QString, file);
    const StaticFileResolver resolver(m_root);
    const StaticFileResolver::Resolution r = resolver.resolve(target);
    QCOMPARE(r.status, status);
    if (status == 200)
        QCOMPARE(r.filePath, QFileInfo(m_root + QLatin1Char('/') + file).canonicalFilePath());
    else if (status == 301)
        QCOMPARE(QString::fromUtf8(r.location), file);
    else
        QVERIFY(r.filePath.isEmpty());
}

void TestStaticFileResolver::contentTypes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("type");
    QTest::newRow("html has no charset") << u"a.html"_s << QByteArray("text/html");
    QTest::newRow("css") << u"style.css"_s << QByteArray("text/css");
    QTest::newRow("js") << u"a.js"_s << QByteArray("text/javascript");
    QTest::newRow("upper case") << u"A.PNG"_s << QByteArray("image/png");
    QTest::newRow("jpg") << u"a.jpg"_s << QByteArray("image/jpeg");
    QTest::newRow("gif") << u"a.gif"_s << QByteArray("image/gif");
    QTest::newRow("svg") << u"a.svg"_s << QByteArray("image/svg+xml");
    QTest::newRow("pdf") << u"a.pdf"_s << QByteArray("application/pdf");
    QTest::newRow("doc") << u"a.doc"_s << QByteArray("application/msword");
    QTest::newRow("docx") << u"a.docx"_s
                          << QByteArray(
                                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    QTest::newRow("xls") << u"a.xls"_s << QByteArray("application/vnd.ms-excel");
    QTest::newRow("xlsx") << u"a.xlsx"_s
                          << QByteArray("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    QTest::newRow("zip") << u"a.zip"_s << QByteArray("application/zip");
    QTest::newRow("json") << u"a.json"_s << QByteArray("application/json");
    QTest::newRow("txt") << u"a.txt"_s << QByteArray("text/plain; charset=utf-8");
    QTest::newRow("unknown") << u"a.bin"_s << QByteArray("application/octet-stream");
}

void TestStaticFileResolver::contentTypes()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, type);
    QCOMPARE(StaticFileResolver::contentType(name), type);
}

QTEST_GUILESS_MAIN(TestStaticFileResolver)
#include "tst_netfileresolver.moc"
