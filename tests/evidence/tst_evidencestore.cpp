// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDataDir.h"
#include "evidence/EvidenceStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace xj;

// The content-addressed store: a file's name is the SHA-256 of its bytes.
class TestEvidenceStore : public QObject
{
    Q_OBJECT

    static QStringList filesUnder(const QString &root)
    {
        QStringList files;
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        return files;
    }

    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static bool writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }

private slots:
    void putStoresTheBytesUnderTheirHash()
    {
        TestDataDir dir;
        const EvidenceStore store(dir.path());
        const QByteArray bytes("截图 bytes \x00\x01\x02", 17);
        auto stored = store.put(bytes, QStringLiteral("png"));
        QVERIFY2(stored.ok(), stored.ok() ? "" : qPrintable(stored.error().fullText()));
        const StoredFile file = stored.value();
        // sha256("截图 bytes \0\1\2") computed independently of the store.
        QCOMPARE(file.sha256,
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(file.size, qint64(17));
        QCOMPARE(file.suffix, QStringLiteral("png"));
        QCOMPARE(file.relativePath, QStringLiteral("evidence/") + file.sha256.left(2) + u'/' + file.sha256 +
                                        QStringLiteral(".png"));
        QVERIFY(file.created);
        QCOMPARE(store.absolutePathFor(file.sha256, file.suffix), dir.filePath(file.relativePath));
        QCOMPARE(readFile(dir.filePath(file.relativePath)), bytes);
        QCOMPARE(fileSha256(dir.filePath(file.relativePath)), file.sha256);
        QCOMPARE(filesUnder(store.rootPath()).size(), 1); // no temporary file left behind

        auto back = store.read(file.sha256, file.suffix);
        QVERIFY(back.ok());
        QCOMPARE(back.value(), bytes);
    }

    void theSameBytesAreStoredOnce()
    {
        TestDataDir dir;
        const EvidenceStore store(dir.path());
        auto first = store.put("same screenshot", QStringLiteral("png"));
        auto second = store.put("same screenshot", QStringLiteral("png"));
        QVERIFY(first.ok() && second.ok());
        QVERIFY(first.value().created);
        QVERIFY(!second.value().created);
        QCOMPARE(second.value().relativePath, first.value().relativePath);
        QCOMPARE(filesUnder(store.rootPath()).size(), 1);
        // The same bytes under another suffix are another file (the suffix is part of the name).
        QVERIFY(store.put("same screenshot", QStringLiteral("jpg")).value().created);
        QCOMPARE(filesUnder(store.rootPath()).size(), 2);
    }

    void aDamagedCopyIsReplacedByTheCorrectBytes()
    {
        TestDataDir dir;
        const EvidenceStore store(dir.path());
        const StoredFile file = store.put("original", QStringLiteral("png")).value();
        const QString path = dir.filePath(file.relativePath);
        QVERIFY(writeFile(path, "tampered"));
        auto again = store.put("original", QStringLiteral("png"));
        QVERIFY(again.ok());
        QVERIFY(!again.value().created); // it was there: discardNew() must leave it alone
        QCOMPARE(readFile(path), QByteArray("original"));
    }

    void suffixesThatCouldLeaveTheStoreAreRefused_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("png") << QStringLiteral("png") << true;
        QTest::newRow("mhtml") << QStringLiteral("mhtml") << true;
        QTest::newRow("digits") << QStringLiteral("mp4") << true;
        QTest::newRow("eight characters") << QStringLiteral("abcdefgh") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("upper case") << QStringLiteral("PNG") << false;
        QTest::newRow("nine characters") << QStringLiteral("abcdefghi") << false;
        QTest::newRow("parent folder") << QStringLiteral("../../x") << false;
        QTest::newRow("slash") << QStringLiteral("p/ng") << false;
        QTest::newRow("second extension") << QStringLiteral("png.sh") << false;
        QTest::newRow("space") << QStringLiteral("pn g") << false;
        QTest::newRow("trailing newline") << QStringLiteral("png\n") << false;
        QTest::newRow("non-ascii") << QStringLiteral("图片") << false;
    }

    void suffixesThatCouldLeaveTheStoreAreRefused()
    {
        QFETCH(QString, suffix);
        QFETCH(bool, accepted);
        TestDataDir dir;
        const EvidenceStore store(dir.path());
        auto stored = store.put("bytes", suffix);
        QCOMPARE(stored.ok(), accepted);
        QCOMPARE(EvidenceStore::isValidSuffix(suffix), accepted);
        if (!accepted) {
            QVERIFY2(stored.error().message.contains(QStringLiteral("lower-case")),
                     qPrintable(stored.error().message));
            QVERIFY(!QDir(dir.path()).exists(QStringLiteral("evidence")) ||
                    filesUnder(store.rootPath()).isEmpty());
            QVERIFY(!store.read(QString(64, u'a'), suffix).ok());
        }
        // Nothing is ever written outside the store.
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 accepted ? QStringList{QStringLiteral("evidence")} : QStringList{});
    }

    void readRefusesChangedMissingAndMisnamedFiles()
    {
        TestDataDir dir;
        const EvidenceStore store(dir.path());
        const StoredFile file = store.put("evidence bytes", QStringLiteral("png")).value();
        QVERIFY(writeFile(dir.filePath(file.relativePath), "evidence bytez"));
        auto changed = store.read(file.sha256, file.suffix);
        QVERIFY(!changed.ok());
        QVERIFY2(changed.error().message.contains(QStringLiteral("has been changed")),
                 qPrintable(changed.error().message));

        QVERIFY(QFile::remove(dir.filePath(file.relativePath)));
        auto missing = store.read(file.sha256, file.suffix);
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().message.contains(QStringLiteral("missing")),
                 qPrintable(missing.error().message));

        auto misnamed = store.read(QStringLiteral("../../etc/passwd"), QStringLiteral("png"));
        QVERIFY(!misnamed.ok());
        QVERIFY(misnamed.error().message.contains(QStringLiteral("not the SHA-256")));
    }

    void discardNewRemovesOnlyWhatPutCreated()
    {
        TestDataDir dir;
        const EvidenceStore store(dir.path());
        const StoredFile first = store.put("shared", QStringLiteral("png")).value();
        const StoredFile second = store.put("shared", QStringLiteral("png")).value();
        QVERIFY(store.discardNew(second).ok());
        QVERIFY(QFile::exists(dir.filePath(first.relativePath)));
        QVERIFY(store.discardNew(first).ok());
        QVERIFY(!QFile::exists(dir.filePath(first.relativePath)));
    }
};

QTEST_GUILESS_MAIN(TestEvidenceStore)
#include "tst_evidencestore.moc"
