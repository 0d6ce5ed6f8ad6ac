// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDataDir.h"
#include "evidence/PictureFile.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QTest>

using namespace xj;

// Pictures attached from disk (phone screenshots) are kept byte for byte, and only real pictures
// are accepted.
class TestPictureFile : public QObject
{
    Q_OBJECT

    static QByteArray encoded(const char *format)
    {
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(QColor(10, 200, 30));
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, format);
        return bytes;
    }

    static QString write(const TestDataDir &dir, const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.path() + QLatin1Char('/') + name;
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return path;
    }

private slots:
    void acceptsPicturesByContent_data()
    {
        QTest::addColumn<QByteArray>("format");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("mediaType");
        QTest::newRow("png") << QByteArray("png") << "phone.png"
                             << "png"
                             << "image/png";
        QTest::newRow("jpeg") << QByteArray("jpeg") << "IMG_2041.JPG"
                              << "jpg"
                              << "image/jpeg";
        QTest::newRow("png named .jpg") << QByteArray("png") << "wrongly-named.jpg"
                                        << "png"
                                        << "image/png";
    }

    void acceptsPicturesByContent()
    {
        QFETCH(QByteArray, format);
        QFETCH(QString, name);
        QFETCH(QString, suffix);
        QFETCH(QString, mediaType);
        TestDataDir dir;
        const QByteArray bytes = encoded(format.constData());
        auto picture = PictureFile::load(write(dir, name, bytes));
        QVERIFY2(picture.ok(), qPrintable(picture.ok() ? QString() : picture.error().fullText()));
        QCOMPARE(picture.value().bytes, bytes); // unchanged: this is the evidence
        QCOMPARE(picture.value().suffix, suffix);
        QCOMPARE(picture.value().mediaType, mediaType);
        QCOMPARE(picture.value().size, QSize(64, 48));
        const Evidence meta = picture.value().evidence();
        QCOMPARE(meta.kind, EvidenceKind::Photo);
        QCOMPARE(meta.captureMode, CaptureMode::Upload);
        QCOMPARE(meta.width, 64);
        QCOMPARE(meta.caption, name);
    }

    void refusesWhatIsNotAPicture()
    {
        TestDataDir dir;
        auto text = PictureFile::load(write(dir, QStringLiteral("notes.png"), "这不是图片"));
        QVERIFY(!text.ok());
        QVERIFY(text.error().message.contains(QStringLiteral("notes.png")));
        QByteArray truncated = encoded("png");
        truncated.truncate(truncated.size() / 2);
        QVERIFY(!PictureFile::load(write(dir, QStringLiteral("cut.png"), truncated)).ok());
        QVERIFY(!PictureFile::load(dir.path() + QStringLiteral("/missing.png")).ok());
    }
};

QTEST_GUILESS_MAIN(TestPictureFile)
#include "tst_picturefile.moc"
