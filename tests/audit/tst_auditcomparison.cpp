// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditRoundFixture.h"
#include "DatabaseTestCase.h"
#include "audit/AuditComparison.h"
#include "audit/AuditReconciliation.h"
#include "storage/Database.h"

#include <QStringList>
#include <QTest>

using namespace xj;

namespace {

Finding finding(qint64 id, const QString &item, const QString &path, const QString &selector,
                const QString &text, const QString &description = QStringLiteral("问题"))
{
    Finding f;
    f.id = id;
    f.siteId = 1;
    f.roundId = 1;
    f.itemCode = item;
    f.url = QStringLiteral("http://127.0.0.1:18461") + path;
    f.elementSelector = selector;
    f.elementText = text;
    f.description = description;
    return f;
}

Verdict verdict(const QString &item, VerdictValue value, qint64 siteId = 1)
{
    Verdict v;
    v.roundId = 1;
    v.siteId = siteId;
    v.itemCode = item;
    v.value = value;
    return v;
}

int indexOf(const QList<Finding> &findings, qint64 id)
{
    for (int i = 0; i < findings.size(); ++i) {
        if (findings.at(i).id == id)
            return i;
    }
    return -1;
}

/// "M0:1" a pair (left 0, right 1), "L2" left 2 alone, "R0" right 0 alone.
QString rowsText(const AuditSiteComparison &c)
{
    QStringList parts;
    for (const AuditSiteComparison::Row &row : c.rows) {
        switch (row.kind) {
        case AuditSiteComparison::RowKind::Matched:
            parts << QStringLiteral("M%1:%2").arg(row.left).arg(row.right);
            break;
        case AuditSiteComparison::RowKind::OnlyLeft:
            parts << QStringLiteral("L%1").arg(row.left);
            break;
        case AuditSiteComparison::RowKind::OnlyRight:
            parts << QStringLiteral("R%1").arg(row.right);
            break;
        }
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

/// Two sides of a site side by side: the pairing of findings, the order of rows, the verdicts
/// judged differently, and the decisions attached to the rows they are about.
class TestAuditComparison : public DatabaseTestCase
{
    Q_OBJECT

private slots:
    void pairsFindings()
    {
        const Finding typo = finding(1, QStringLiteral("W-A2"), QStringLiteral("/a.html"),
                                     QStringLiteral("#x"), QStringLiteral("错别字甲乙"));
        const Finding link = finding(2, QStringLiteral("W-A3"), QStringLiteral("/b.html"),
                                     QStringLiteral("#l"), QStringLiteral("链接失效"));
        const Finding other = finding(3, QStringLiteral("W-A4"), QStringLiteral("/c.html"),
                                      QStringLiteral("#c"), QStringLiteral("其他问题"));
        Finding typoElsewhere = typo;
        typoElsewhere.url = QStringLiteral("http://127.0.0.1:18461/z.html");
        Finding typoOtherItem = typo;
        typoOtherItem.itemCode = QStringLiteral("W-A3");
        const Finding quoting = finding(4, QStringLiteral("W-A2"), QStringLiteral("/a.html"),
                                        QStringLiteral("#p1"), QStringLiteral("首页有错别字甲乙丙"));
        const Finding quoted = finding(5, QStringLiteral("W-A2"), QStringLiteral("/a.html"),
                                       QStringLiteral("#p2"), QStringLiteral("甲乙丙"));
        const Finding unrelated =
            finding(6, QStringLiteral("W-A2"), QStringLiteral("/a.html"), QStringLiteral("#p3"),
                    QStringLiteral("毫不相干"), QStringLiteral("另一处"));
        struct Case
        {
            const char *name;
            QList<Finding> left;
            QList<Finding> right;
            QString rows;
            int unmatched;
        };
        const QList<Case> cases{
            {"identical lists", {typo, link}, {typo, link}, QStringLiteral("M0:0 M1:1"), 0},
            {"pairs in left order", {link, typo}, {typo, link}, QStringLiteral("M0:1 M1:0"), 0},
            {"one extra each side", {typo, link}, {typo, other}, QStringLiteral("M0:0 L1 R1"), 2},
            {"same item, different page", {typo}, {typoElsewhere}, QStringLiteral("L0 R0"), 2},
            {"same page, different item", {typo}, {typoOtherItem}, QStringLiteral("L0 R0"), 2},
            {"overlapping text", {quoting}, {quoted}, QStringLiteral("M0:0"), 0},
            {"no overlap on the same page", {quoting}, {unrelated}, QStringLiteral("L0 R0"), 2},
            {"nothing on the left", {}, {typo, other}, QStringLiteral("R0 R1"), 2},
        };
        for (const Case &c : cases) {
            const AuditSiteComparison result = AuditComparison::compare(c.left, c.right, {}, {});
            QVERIFY2(rowsText(result) == c.rows,
                     qPrintable(QStringLiteral("%1: %2").arg(QString::fromLatin1(c.name), rowsText(result))));
            QCOMPARE(result.unmatchedCount(), c.unmatched);
            QCOMPARE(result.undecidedCount(), c.unmatched);
            QCOMPARE(result.left.size(), c.left.size());
        }
    }

    void comparesVerdicts()
    {
        const QList<Verdict> left{verdict(QStringLiteral("W-A5"), VerdictValue::Pass),
                                  verdict(QStringLiteral("W-A3"), VerdictValue::NotApplicable),
                                  verdict(QStringLiteral("W-A1"), VerdictValue::Pass),
                                  verdict(QStringLiteral("W-A2"), VerdictValue::Fail),
                                  verdict(QStringLiteral("W-A4"), VerdictValue::Pass, 99)}; // another site
        const QList<Verdict> right{verdict(QStringLiteral("W-A2"), VerdictValue::Pass),
                                   verdict(QStringLiteral("W-A1"), VerdictValue::Pass),
                                   verdict(QStringLiteral("W-A3"), VerdictValue::Fail),
                                   verdict(QStringLiteral("W-A4"), VerdictValue::Fail)};
        const AuditSiteComparison c = AuditComparison::compare({}, {}, left, right);
        QCOMPARE(c.siteId, qint64(1));
        QCOMPARE(c.verdictsCompared, 3); // W-A1, W-A2, W-A3; W-A4 of site 99 and W-A5 are one-sided
        QCOMPARE(c.verdictDisagreements.size(), 2);
        QCOMPARE(c.verdictDisagreements.at(0).itemCode, QStringLiteral("W-A2"));
        QCOMPARE(c.verdictDisagreements.at(0).left, VerdictValue::Fail);
        QCOMPARE(c.verdictDisagreements.at(0).right, VerdictValue::Pass);
        QCOMPARE(c.verdictDisagreements.at(1).itemCode, QStringLiteral("W-A3"));
        QCOMPARE(c.verdictDisagreements.at(1).left, VerdictValue::NotApplicable);
        QCOMPARE(c.verdictDisagreements.at(1).right, VerdictValue::Fail);
    }

    void loadAttachesDecisions()
    {
        const AuditRoundFixture fx = AuditRoundFixture::create(db());
        QVERIFY(fx.roundId > 0);
        const qint64 s1 = fx.sites.value(QStringLiteral("S1"));
        const qint64 a = fx.imports.value(QStringLiteral("A"));
        auto loaded = AuditComparison::load(db(), fx.roundId, s1, 0, a);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().fullText()));
        AuditSiteComparison c = loaded.value();
        // The repository decides the order of each side's findings; the rows follow it.
        const int l1 = indexOf(c.left, fx.findings.value(QStringLiteral("L1")));
        const int l2 = indexOf(c.left, fx.findings.value(QStringLiteral("L2")));
        const int f1 = indexOf(c.right, fx.findings.value(QStringLiteral("F1")));
        const int f2 = indexOf(c.right, fx.findings.value(QStringLiteral("F2")));
        QVERIFY(l1 >= 0 && l2 >= 0 && f1 >= 0 && f2 >= 0);
        const QString expectedRows = QStringLiteral("M%1:%2 L%3 R%4").arg(l1).arg(f1).arg(l2).arg(f2);
        QCOMPARE(rowsText(c), expectedRows);
        QCOMPARE(c.rightImportId, a);
        QCOMPARE(c.verdictsCompared, 4);
        QCOMPARE(c.verdictDisagreements.size(), 1);
        QCOMPARE(c.verdictDisagreements.at(0).itemCode, QStringLiteral("W-A3"));
        QCOMPARE(c.undecidedCount(), 2);

        AuditReconciliations reconciliations(db());
        AuditReconciliation keepOurs;
        keepOurs.roundId = fx.roundId;
        keepOurs.siteId = s1;
        keepOurs.rightImportId = a;
        keepOurs.leftFindingId = fx.findings.value(QStringLiteral("L2"));
        keepOurs.decision = ReconcileDecision::KeepLeft;
        keepOurs.reason = QStringLiteral("链接确实失效");
        keepOurs.actor = QStringLiteral("王五");
        QVERIFY(reconciliations.decide(keepOurs).ok());
        AuditReconciliation dropTheirs = keepOurs;
        dropTheirs.leftFindingId = 0;
        dropTheirs.rightFindingId = fx.findings.value(QStringLiteral("F2"));
        dropTheirs.decision = ReconcileDecision::KeepNeither;
        dropTheirs.reason = QStringLiteral("不属于该指标");
        QVERIFY(reconciliations.decide(dropTheirs).ok());

        c = AuditComparison::load(db(), fx.roundId, s1, 0, a).value();
        QCOMPARE(rowsText(c), expectedRows);
        QVERIFY(!c.rows.at(0).decision.has_value());
        QVERIFY(c.rows.at(1).decision.has_value());
        QCOMPARE(c.rows.at(1).decision->decision, ReconcileDecision::KeepLeft);
        QCOMPARE(c.rows.at(1).decision->reason, QStringLiteral("链接确实失效"));
        QCOMPARE(c.rows.at(1).decision->actor, QStringLiteral("王五"));
        QCOMPARE(c.rows.at(2).decision->decision, ReconcileDecision::KeepNeither);
        QCOMPARE(c.undecidedCount(), 0);
        QCOMPARE(c.unmatchedCount(), 2);
        // Dropping a finding nobody adopted changes nothing in this database's findings.
        QCOMPARE(count(QStringLiteral("findings")), 2);
        QCOMPARE(count(QStringLiteral("audit_adoptions")), 0);

        // The decisions of another pair of sides are not this comparison's.
        auto other = AuditComparison::load(db(), fx.roundId, s1, a, fx.imports.value(QStringLiteral("B")));
        QVERIFY(other.ok());
        for (const AuditSiteComparison::Row &row : other.value().rows)
            QVERIFY(!row.decision.has_value());
    }
};

QTEST_GUILESS_MAIN(TestAuditComparison)
#include "tst_auditcomparison.moc"
