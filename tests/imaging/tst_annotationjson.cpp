// SPDX-License-Identifier: GPL-3.0-or-later
#include "imaging/AnnotationJson.h"

#include <QJsonDocument>
#include <QTest>

using namespace xj;

class TestAnnotationJson : public QObject
{
    Q_OBJECT

private slots:
    void everyKindSurvivesARoundTrip()
    {
        QList<Annotation> annotations;
        for (Annotation::Kind kind : AnnotationKinds.values()) {
            Annotation a;
            a.kind = kind;
            a.color = QColor(10, 20, 30, 200);
            if (kind == Annotation::Kind::Arrow)
                a.line = QLineF(1.5, 2, 30, 40.25);
            else
                a.rect = QRectF(3, 4.5, 50, 60);
            if (kind == Annotation::Kind::Text)
                a.text = QStringLiteral("链接失效");
            annotations.append(a);
        }

        const QByteArray stored = QJsonDocument(AnnotationJson::toJson(annotations)).toJson();
        const auto loaded = AnnotationJson::fromJson(QJsonDocument::fromJson(stored).array());

        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value(), annotations);
        QVERIFY(stored.contains("\"kind\": \"pixelate\""));
        QVERIFY(stored.contains("\"color\": \"#c80a141e\""));
    }

    void damagedRecordIsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown kind")
            << QByteArray(R"([{"kind":"ellipse","rect":[0,0,1,1]}])") << QStringLiteral("Annotation 1");
        QTest::newRow("short rectangle")
            << QByteArray(R"([{"kind":"text","rect":[0,0,1,1]},{"kind":"cover","rect":[0,0]}])")
            << QStringLiteral("Annotation 2");
        QTest::newRow("arrow without a line")
            << QByteArray(R"([{"kind":"arrow","rect":[0,0,1,1]}])") << QStringLiteral("Annotation 1");
        QTest::newRow("text in place of a number")
            << QByteArray(R"([{"kind":"rectangle","rect":[0,"0",1,1]}])") << QStringLiteral("Annotation 1");
    }

    void damagedRecordIsRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const auto loaded = AnnotationJson::fromJson(QJsonDocument::fromJson(json).array());
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error().message.startsWith(message), qPrintable(loaded.error().message));
        QVERIFY(loaded.error().detail.contains(QStringLiteral("rectangle, arrow, text")));
    }
};

QTEST_GUILESS_MAIN(TestAnnotationJson)
#include "tst_annotationjson.moc"
