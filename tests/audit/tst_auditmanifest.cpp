// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditManifest.h"

#include <QJsonDocument>
#include <QTest>

using namespace xj;

// The peer-audit manifest: a JSON round trip to the same bytes, refusals, and the passphrase
// signature — HMAC-SHA256 checked against RFC 4231 test case 2 — failing on any change.
class TestAuditManifest : public QObject
{
    Q_OBJECT

    static AuditManifest sample()
    {
        AuditManifest m;
        m.kind = AuditPackageKind::Result;
        m.exporter = QStringLiteral("青禾县互查第二组");
        m.roundId = 7;
        m.roundName = QStringLiteral("2026年第四季度互查");
        m.checklistKey = QStringLiteral("national-2019-website");
        m.sites = {{3, QStringLiteral("白沙县人民政府"), QStringLiteral("http://www.bsx.gov.cn/")}};
        m.createdAt = QDateTime(QDate(2026, 11, 27), QTime(9, 30, 15, 250), Qt::UTC);
        m.files = {{QStringLiteral("findings.json"), QString(64, u'a'), 1234},
                   {QStringLiteral("evidence/1.png"), QString(64, u'0'), 98765}};
        return m;
    }

private slots:
    void roundTripGivesTheSameBytes()
    {
        const AuditManifest m = sample();
        auto parsed = AuditManifest::parse(m.bytes());
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().fullText()));
        QVERIFY(parsed.value() == m);
        QCOMPARE(parsed.value().bytes(), m.bytes());
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("PK\x03\x04") << QStringLiteral("cannot be read");
        QTest::newRow("no format") << QByteArray("{\"kind\":\"result\"}")
                                   << QStringLiteral("no format version");
        QTest::newRow("newer") << QByteArray("{\"format\":99,\"kind\":\"result\"}")
                               << QStringLiteral("newer Xunjian");
        QTest::newRow("kind") << QByteArray("{\"format\":1,\"kind\":\"other\"}")
                              << QStringLiteral("neither an assignment nor a result");
        QTest::newRow("bad hash") << QByteArray(
                                         "{\"format\":1,\"kind\":\"result\",\"files\":[{\"path\":\"a\","
                                         "\"sha256\":\"xyz\",\"size\":\"1\"}]}")
                                  << QStringLiteral("list of files is damaged");
    }

    void refusals()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        auto parsed = AuditManifest::parse(json);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
    }

    void hmacMatchesRfc4231()
    {
        QCOMPARE(AuditManifest::signature("what do ya want for nothing?", QStringLiteral("Jefe")),
                 QStringLiteral("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    }

    void signatureFailsOnAnyChange()
    {
        const QByteArray bytes = sample().bytes();
        const QString signed_ = AuditManifest::signature(bytes, QStringLiteral("互查口令2026"));
        QVERIFY(AuditManifest::verify(bytes, QStringLiteral("互查口令2026"), signed_));
        QVERIFY(AuditManifest::verify(bytes, QStringLiteral("互查口令2026"), signed_.toUpper()));
        QVERIFY(!AuditManifest::verify(bytes, QStringLiteral("互查口令2025"), signed_));
        AuditManifest changed = sample();
        changed.files[1].size += 1;
        QVERIFY(!AuditManifest::verify(changed.bytes(), QStringLiteral("互查口令2026"), signed_));
        QVERIFY(!AuditManifest::verify(bytes, QStringLiteral("互查口令2026"), signed_.left(63)));
        QVERIFY(!AuditManifest::verify(bytes, QStringLiteral("互查口令2026"), QString()));
    }
};

QTEST_GUILESS_MAIN(TestAuditManifest)
#include "tst_auditmanifest.moc"
