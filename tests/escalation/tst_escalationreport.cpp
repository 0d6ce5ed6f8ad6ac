// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseTestCase.h"
#include "demo/DemoWorkspace.h"
#include "escalation/EscalationApplier.h"
#include "escalation/EscalationPlanner.h"
#include "report/ExportPlanner.h"
#include "report/notice/EscalationReportSection.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QTest>

using namespace xj;

/// The round report of the demo workspace with and without escalation decisions: the section
/// names the criticised site, the recommendation and the person sent to training with the start
/// date, and is left out when nothing was decided.
class TestEscalationReport : public DatabaseTestCase
{
    Q_OBJECT

    static constexpr qint64 Round1 = 1;
    qint64 m_siteId = 0;
    QString m_siteName;
    QString m_person;

    QString text(const QString &sql, const QVariantList &params = {})
    {
        auto q = db().exec(sql, params);
        return q && q.value().next() ? q.value().value(0).toString() : QString();
    }
    /// Every paragraph and table cell of the report, one per line.
    QString reportText(qint64 roundId)
    {
        auto document = ExportPlanner::previewReport(db(), dir().path(), roundId, QDate(2026, 11, 27));
        if (!document) {
            qWarning() << document.error().fullText();
            return {};
        }
        QStringList lines;
        for (const ReportBlock &block : document.value().blocks) {
            if (const auto *p = std::get_if<ReportParagraph>(&block))
                lines.append(p->text);
            if (const auto *t = std::get_if<ReportTable>(&block)) {
                lines.append(t->headers.join(QLatin1Char('|')));
                for (const QList<ReportCell> &row : t->rows) {
                    QStringList cells;
                    for (const ReportCell &c : row)
                        cells.append(c.text);
                    lines.append(cells.join(QLatin1Char('|')));
                }
            }
        }
        return lines.join(QLatin1Char('\n'));
    }
    void escalate()
    {
        auto proposals = EscalationPlanner::propose(db(), Round1);
        QVERIFY(proposals.ok());
        QCOMPARE(proposals.value().size(), 1);
        const EscalationProposal &p = proposals.value().first();
        QCOMPARE(p.site.id, m_siteId);
        auto applied = EscalationApplier(db()).apply(
            Round1, {{p.site.id, p.failedFindings, p.criticise, p.accountability, true, {}}},
            QDate(2026, 11, 30), {});
        QVERIFY2(applied.ok(), applied.ok() ? "" : qPrintable(applied.error().fullText()));
    }

private slots:
    void init()
    {
        DatabaseTestCase::init();
        QVERIFY(DemoWorkspace::create(db(), DataDirectory(dir().path()), QDate(2026, 11, 27)).ok());
        m_siteId = text(QStringLiteral("SELECT site_id FROM findings WHERE state = 'confirmed' LIMIT 1"))
                       .toLongLong();
        QVERIFY(m_siteId > 0);
        m_siteName = text(QStringLiteral("SELECT name FROM sites WHERE id = ?"), {m_siteId});
        m_person = text(QStringLiteral("SELECT person_in_charge FROM sites WHERE id = ?"), {m_siteId});
        QVERIFY(!m_person.isEmpty());
        QVERIFY(db().exec(QStringLiteral(
                              "UPDATE findings SET state = 'recheck_failed' WHERE id = (SELECT id FROM "
                              "findings WHERE site_id = ? AND state = 'confirmed' LIMIT 1)"),
                          {m_siteId})
                    .ok());
    }

    void leftOutWhenNothingWasDecided()
    {
        const QString report = reportText(Round1);
        QVERIFY(report.contains(QStringLiteral("总体情况")));
        QVERIFY2(!report.contains(QStringLiteral("脱岗跟班学习")), qPrintable(report));
        QVERIFY(!report.contains(QStringLiteral("问责建议")));
    }

    void namesTheSiteRecommendationAndTrainee()
    {
        escalate();
        const QString report = reportText(Round1);
        QVERIFY2(report.contains(QStringLiteral("予以通报批评：%1").arg(m_siteName)), qPrintable(report));
        QVERIFY(report.contains(
            EscalationPlanner::recommendation(EscalationPlanner::defaultAccountabilityWording(),
                                              text(QStringLiteral("SELECT u.name FROM units u "
                                                                  "JOIN sites s ON s.unit_id = "
                                                                  "u.id WHERE s.id = ?"),
                                                   {m_siteId}),
                                              m_siteName)));
        QVERIFY(report.contains(QStringLiteral("参加为期5天的脱岗跟班学习")));
        const QString traineeRow = QStringLiteral("1|%1|").arg(m_person);
        QVERIFY2(report.contains(traineeRow), qPrintable(report));
        QVERIFY(report.contains(QStringLiteral("|%1|2026年11月30日").arg(m_siteName)));
    }

    void reportOfTheRecheckRoundShowsTheSourceRoundsDecisions()
    {
        QVERIFY(db().exec(QStringLiteral(
                              "INSERT INTO rounds (name, kind, inspection_date, source_round_id, "
                              "website_template_id, newmedia_template_id) SELECT '复查轮', 'recheck', "
                              "'2026-12-20', id, website_template_id, newmedia_template_id FROM rounds "
                              "WHERE id = 1"))
                    .ok());
        const qint64 round2 = text(QStringLiteral("SELECT max(id) FROM rounds")).toLongLong();
        const QString automatic = QStringLiteral("以下网站或账号复查仍未通过，予以通报批评：");
        // Before the office decides, the re-check summary names the failing site …
        QVERIFY(reportText(round2).contains(automatic));
        escalate();
        // … afterwards its decision does, once, with the person sent to training.
        const QString report = reportText(round2);
        QVERIFY2(!report.contains(automatic), qPrintable(report));
        QCOMPARE(report.count(QStringLiteral("予以通报批评：")), 1);
        QVERIFY2(report.contains(QStringLiteral("1|%1|").arg(m_person)), qPrintable(report));
    }
};

QTEST_GUILESS_MAIN(TestEscalationReport)
#include "tst_escalationreport.moc"
