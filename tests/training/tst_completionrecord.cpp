// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseTestCase.h"
#include "escalation/TrainingEnrollmentRepository.h"
#include "report/document/DocumentStyle.h"
#include "report/pdf/PdfReportWriter.h"
#include "storage/Database.h"
#include "training/CompletionRecordBuilder.h"
#include "training/TrainingAttemptRepository.h"
#include "training/TrainingDayLogRepository.h"
#include "training/TrainingExerciseRepository.h"
#include "training/TrainingPlan.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

using namespace xj;

/// The completion record of a trainee with two submitted attempts (and one left in progress) and
/// three logged days, as a document and as a PDF read back with pdftotext. The percentages below
/// are worked out by hand from the outcomes:
///   day 1: hits P01, P07; miss P07; false alarm P03        → recall 2/3 66.7%, precision 2/3 66.7%
///   day 2: hits P03, P03, P04; misses P04, P07, P07; one false alarm without a category
///                                                         → recall 3/6 50.0%, precision 3/4 75.0%
///   overall 5 hits, 4 misses, 2 false alarms              → recall 5/9 55.6%, precision 5/7 71.4%
///   P03: 2 hits, 1 false alarm → precision 66.7%; P04: 1 of 2 → recall 50.0%; P07: 1 of 4 → 25.0%
class TestCompletionRecord : public DatabaseTestCase
{
    Q_OBJECT

    qint64 m_enrollment = 0;
    TrainingPlan m_plan;

    static TrainingOutcome outcome(TrainingOutcomeKind kind, const char *category)
    {
        TrainingOutcome o;
        o.kind = kind;
        o.category = QString::fromLatin1(category);
        return o;
    }
    qint64 submitted(qint64 exerciseId, int day, const QList<TrainingOutcome> &outcomes)
    {
        TrainingAttempt a;
        a.enrollmentId = m_enrollment;
        a.exerciseId = exerciseId;
        a.day = day;
        const TrainingAttemptRepository repo(db());
        const qint64 id = repo.start(a).value();
        TrainingScore score;
        score.outcomes = outcomes;
        if (Status s = repo.submit(id, 1800, score); !s)
            qWarning() << s.error().fullText();
        return id;
    }
    static QString compact(QString text)
    {
        // pdftotext pads justified CJK with spaces and breaks lines where the page does.
        return text.remove(QLatin1Char(' ')).remove(QLatin1Char('\n')).remove(QChar(0x3000));
    }

private slots:
    void init()
    {
        DatabaseTestCase::init();
        const qint64 unit = db().exec(QStringLiteral("INSERT INTO units (name) VALUES ('青禾县教育局')"))
                                .value()
                                .lastInsertId()
                                .toLongLong();
        const qint64 site =
            db().exec(QStringLiteral("INSERT INTO sites (kind, name, url, unit_id) VALUES "
                                     "('website', '青禾县教育局网站', 'http://jyj.qhx.gov.cn/', ?)"),
                      {unit})
                .value()
                .lastInsertId()
                .toLongLong();
        TrainingEnrollment t;
        t.person = QStringLiteral("张三丰");
        t.unitId = unit;
        t.siteId = site;
        t.startDate = QDate(2026, 11, 2);
        m_enrollment = TrainingEnrollmentRepository(db()).enroll(t).value();
        Exercise ex;
        ex.uuid = QStringLiteral("ex-1");
        ex.title = QStringLiteral("练习一");
        const qint64 exerciseId =
            TrainingExerciseRepository(db()).add(ex, QStringLiteral("training/exercises/ex-1")).value();
        using K = TrainingOutcomeKind;
        submitted(exerciseId, 1,
                  {outcome(K::Hit, "P01"), outcome(K::Hit, "P07"), outcome(K::Miss, "P07"),
                   outcome(K::FalseAlarm, "P03")});
        submitted(exerciseId, 2,
                  {outcome(K::Hit, "P03"), outcome(K::Hit, "P03"), outcome(K::Hit, "P04"),
                   outcome(K::Miss, "P04"), outcome(K::Miss, "P07"), outcome(K::Miss, "P07"),
                   outcome(K::FalseAlarm, "")});
        TrainingAttempt unfinished;
        unfinished.enrollmentId = m_enrollment;
        unfinished.exerciseId = exerciseId;
        unfinished.day = 3;
        QVERIFY(TrainingAttemptRepository(db()).start(unfinished));
        const TrainingDayLogRepository log(db());
        QVERIFY(log.save({0, m_enrollment, 1, QDate(2026, 11, 2), true, QStringLiteral("规则掌握扎实")}));
        QVERIFY(log.save({0, m_enrollment, 2, QDate(2026, 11, 3), true, {}}));
        QVERIFY(log.save({0, m_enrollment, 3, QDate(2026, 11, 4), false, QStringLiteral("病假一天")}));
        QCOMPARE(count(QStringLiteral("training_attempts WHERE status = 'submitted'")), 2);
        auto plan = TrainingPlan::builtIn();
        QVERIFY(plan);
        m_plan = plan.value();
    }

    void documentHoldsTheRecord()
    {
        auto built = CompletionRecordBuilder::build(
            db(), m_enrollment, m_plan, QStringLiteral("青禾县人民政府办公室"), QDate(2026, 11, 28));
        QVERIFY2(built, qPrintable(built ? QString() : built.error().fullText()));
        const ReportDocument &doc = built.value();
        QCOMPARE(doc.title, QStringLiteral("脱岗跟班学习结业记录"));
        QCOMPARE(doc.author, QStringLiteral("青禾县人民政府办公室"));
        QStringList paragraphs;
        QList<ReportTable> tables;
        for (const ReportBlock &block : doc.blocks) {
            if (const auto *p = std::get_if<ReportParagraph>(&block))
                paragraphs.append(p->text);
            else if (const auto *t = std::get_if<ReportTable>(&block))
                tables.append(*t);
        }
        const QString text = paragraphs.join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QStringLiteral("学员：张三丰")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("单位：青禾县教育局\n")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("网站或账号：青禾县教育局网站")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("学习时间：2026年11月2日至2026年11月4日")), qPrintable(text));
        QVERIFY2(text.contains(
                     QStringLiteral("出勤2天（共5天），完成练习2次。答案中的问题共9个，发现5个，遗漏4个，"
                                    "误报2个；查全率55.6%，查准率71.4%。")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("第1天：规则掌握扎实\n第3天：病假一天")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("学员签字")));
        QVERIFY(text.contains(QStringLiteral("带教人签字")));
        QVERIFY(text.contains(QStringLiteral("2026年11月28日")));

        QCOMPARE(tables.size(), 2);
        auto row = [](const ReportTable &table, int r) {
            QStringList cells;
            for (const ReportCell &c : table.rows.at(r))
                cells.append(c.text);
            return cells.join(QLatin1Char('|'));
        };
        const ReportTable &days = tables.at(0);
        QCOMPARE(days.rows.size(), 5);
        QCOMPARE(row(days, 0), QStringLiteral("第1天|11月2日|指标与规则|出勤|1|2|1|1|66.7%|66.7%"));
        QCOMPARE(row(days, 1), QStringLiteral("第2天|11月3日|可用性、链接与更新|出勤|1|3|3|1|50.0%|75.0%"));
        // The attempt still in progress has no score yet.
        QCOMPARE(row(days, 2), QStringLiteral("第3天|11月4日|内容错误|缺勤|0|0|0|0|—|—"));
        QCOMPARE(row(days, 3), QStringLiteral("第4天||互动与服务|—|0|0|0|0|—|—"));
        QCOMPARE(row(days, 4), QStringLiteral("第5天||全面模拟检查|—|0|0|0|0|—|—"));
        const ReportTable &categories = tables.at(1);
        QCOMPARE(categories.rows.size(), 4); // the false alarm without a category counts overall only
        QCOMPARE(row(categories, 0), QStringLiteral("P01|严重表述错误|1|0|0|100.0%|100.0%"));
        QCOMPARE(row(categories, 1), QStringLiteral("P03|空白栏目|2|0|1|100.0%|66.7%"));
        QCOMPARE(row(categories, 2), QStringLiteral("P04|栏目超期未更新|1|1|0|50.0%|100.0%"));
        QCOMPARE(row(categories, 3), QStringLiteral("P07|链接不可用|1|3|0|25.0%|100.0%"));
    }

    void extraPracticeGetsItsOwnRow()
    {
        const qint64 exerciseId =
            TrainingExerciseRepository(db()).findByUuid(QStringLiteral("ex-1")).value().id;
        submitted(exerciseId, TrainingAttempt::ExtraPractice, {outcome(TrainingOutcomeKind::Hit, "P09")});
        auto built = CompletionRecordBuilder::build(db(), m_enrollment, m_plan, {}, QDate(2026, 11, 28));
        QVERIFY(built);
        const ReportTable *days = nullptr;
        for (const ReportBlock &block : built.value().blocks) {
            if (!days)
                days = std::get_if<ReportTable>(&block);
        }
        QVERIFY(days);
        QCOMPARE(days->rows.size(), 6);
        QCOMPARE(days->rows.at(5).at(0).text, QStringLiteral("加练"));
        QCOMPARE(days->rows.at(5).at(4).text, QStringLiteral("1"));
    }

    void daysDroppedFromThePlanKeepTheirRows()
    {
        const qint64 exerciseId =
            TrainingExerciseRepository(db()).findByUuid(QStringLiteral("ex-1")).value().id;
        submitted(exerciseId, 5, {outcome(TrainingOutcomeKind::Miss, "P09")});
        TrainingPlan shorter = m_plan;
        shorter.days.removeLast();
        auto built = CompletionRecordBuilder::build(db(), m_enrollment, shorter, {}, QDate(2026, 11, 28));
        QVERIFY(built);
        const ReportTable *days = nullptr;
        for (const ReportBlock &block : built.value().blocks) {
            if (!days)
                days = std::get_if<ReportTable>(&block);
        }
        QVERIFY(days);
        QCOMPARE(days->rows.size(), 5);
        QCOMPARE(days->rows.at(4).at(0).text, QStringLiteral("第5天"));
        QCOMPARE(days->rows.at(4).at(6).text, QStringLiteral("1")); // the miss
        QCOMPARE(days->rows.at(4).at(8).text, QStringLiteral("0.0%"));
    }

    void unknownEnrollmentIsRefused()
    {
        auto built = CompletionRecordBuilder::build(db(), 999, m_plan, {}, QDate(2026, 11, 28));
        QVERIFY(!built);
        QVERIFY(!built.error().message.isEmpty());
    }

    void pdfReadsBack()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("poppler-utils are not installed");
        auto built = CompletionRecordBuilder::build(
            db(), m_enrollment, m_plan, QStringLiteral("青禾县人民政府办公室"), QDate(2026, 11, 28));
        QVERIFY(built);
        const QString pdf = dir().filePath(QStringLiteral("结业记录.pdf"));
        const Status written = PdfReportWriter::write(built.value(), DocumentStyle::bundled(), pdf);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().fullText()));
        if (qEnvironmentVariableIsSet("XJ_KEEP_PREVIEW")) // for looking at the PDF by eye
            QFile::copy(pdf,
                        qEnvironmentVariable("XJ_KEEP_PREVIEW") + QStringLiteral("/completion-record.pdf"));
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(30000));
        QCOMPARE(pdftotext.exitCode(), 0);
        const QString raw = QString::fromUtf8(pdftotext.readAllStandardOutput());
        const QString text = compact(raw);
        for (const QString &expected :
             {QStringLiteral("脱岗跟班学习结业记录"), QStringLiteral("张三丰"),
              QStringLiteral("青禾县教育局"), QStringLiteral("指标与规则"),
              QStringLiteral("可用性、链接与更新"), QStringLiteral("内容错误"), QStringLiteral("互动与服务"),
              QStringLiteral("全面模拟检查"), QStringLiteral("66.7%"), QStringLiteral("50.0%"),
              QStringLiteral("75.0%"), QStringLiteral("55.6%"), QStringLiteral("71.4%"),
              QStringLiteral("25.0%"), QStringLiteral("链接不可用"), QStringLiteral("病假一天"),
              QStringLiteral("带教人签字")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + raw));
        // Each day is one line of the table: no cell wraps.
        const QStringList lines = raw.split(QLatin1Char('\n'));
        const auto day2 = std::find_if(lines.cbegin(), lines.cend(),
                                       [](const QString &l) { return l.contains(QStringLiteral("第2天")); });
        QVERIFY(day2 != lines.cend());
        QCOMPARE(compact(*day2), QStringLiteral("第2天11月3日可用性、链接与更新出勤133150.0%75.0%"));
    }
};

// QTEST_MAIN: laying out a PDF needs the font database of a QGuiApplication (offscreen in tests).
QTEST_MAIN(TestCompletionRecord)
#include "tst_completionrecord.moc"
