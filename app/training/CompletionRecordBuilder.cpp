// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/CompletionRecordBuilder.h"

#include "escalation/TrainingEnrollmentRepository.h"
#include "report/notice/NoticeDocumentBuilder.h"
#include "storage/Database.h"
#include "training/ProblemCategories.h"
#include "training/TrainingAttemptRepository.h"
#include "training/TrainingDayLogRepository.h"
#include "training/TrainingPlan.h"

#include <QMap>
#include <QSqlQuery>

#include <algorithm>
#include <iterator>
#include <utility>

namespace xj {

namespace {

// Everything the record prints, read before anything is laid out.
struct RecordData
{
    TrainingEnrollment enrollment;
    QString unitName;
    QString siteName;
    QList<TrainingAttempt> submitted;
    QMap<int, TrainingDayEntry> days; ///< by day number, in order
    TrainingScore score;              ///< every submitted attempt's outcomes together
};

ReportCell cell(const QString &text)
{
    return {text, {}, {}};
}

TrainingTally sum(const QList<TrainingAttempt> &attempts)
{
    TrainingTally total;
    for (const TrainingAttempt &a : attempts) {
        total.hits += a.hits;
        total.misses += a.misses;
        total.falseAlarms += a.falseAlarms;
    }
    return total;
}

QList<ReportCell> scoreCells(const TrainingTally &t)
{
    return {cell(QString::number(t.hits)), cell(QString::number(t.misses)),
            cell(QString::number(t.falseAlarms)), cell(t.recallText()), cell(t.precisionText())};
}

Result<RecordData> loadRecord(const Database &db, qint64 enrollmentId)
{
    RecordData data;
    auto enrollment = TrainingEnrollmentRepository(db).find(enrollmentId);
    if (!enrollment)
        return enrollment.error();
    data.enrollment = enrollment.value();
    auto names = db.selectOne(
        QStringLiteral("SELECT COALESCE(u.name, ''), COALESCE(s.name, '') FROM training_enrollments t "
                       "LEFT JOIN units u ON u.id = t.unit_id LEFT JOIN sites s ON s.id = t.site_id "
                       "WHERE t.id = ?"),
        {enrollmentId},
        [](const QSqlQuery &q) { return std::pair(q.value(0).toString(), q.value(1).toString()); },
        CompletionRecordBuilder::tr("The trainee is no longer enrolled. Reopen the training."));
    if (!names)
        return names.error();
    data.unitName = names.value().first;
    data.siteName = names.value().second;

    const TrainingAttemptRepository attempts(db);
    auto all = attempts.forEnrollment(enrollmentId);
    if (!all)
        return all.error();
    QList<qint64> ids;
    for (const TrainingAttempt &a : all.value()) {
        if (a.isSubmitted()) {
            data.submitted.append(a);
            ids.append(a.id);
        }
    }
    auto outcomes = attempts.outcomes(ids);
    if (!outcomes)
        return outcomes.error();
    data.score = TrainingScore::fromOutcomes(outcomes.value());

    auto log = TrainingDayLogRepository(db).forEnrollment(enrollmentId);
    if (!log)
        return log.error();
    for (const TrainingDayEntry &e : log.value())
        data.days.insert(e.day, e);
    return data;
}

QDate lastLoggedDate(const RecordData &data)
{
    QDate last;
    for (const TrainingDayEntry &e : data.days) {
        if (e.date.isValid() && (!last.isValid() || e.date > last))
            last = e.date;
    }
    return last;
}

QString attendance(const RecordData &data, int day)
{
    if (!data.days.contains(day))
        return QStringLiteral("—");
    return data.days.value(day).present ? QStringLiteral("出勤") : QStringLiteral("缺勤");
}

QString shortDate(const QDate &date)
{
    return date.isValid() ? QStringLiteral("%1月%2日").arg(date.month()).arg(date.day()) : QString();
}

ReportTable dayTable(const RecordData &data, const TrainingPlan &plan)
{
    ReportTable table;
    table.headers = {QStringLiteral("天数"),  QStringLiteral("日期"), QStringLiteral("学习内容"),
                     QStringLiteral("出勤"),  QStringLiteral("练习"), QStringLiteral("发现"),
                     QStringLiteral("遗漏"),  QStringLiteral("误报"), QStringLiteral("查全率"),
                     QStringLiteral("查准率")};
    // In millimetres of the 156 mm text block: the widest value of each column fits on one line
    // (a nine-character title, "11月14日", "100.0%"), so no cell wraps.
    table.widths = {12.5, 22, 38, 11, 10.5, 10.5, 10.5, 10.5, 15, 15};
    auto row = [&](const QString &label, const QString &date, const QString &title, const QString &present,
                   int day) {
        QList<TrainingAttempt> ofDay;
        std::copy_if(data.submitted.cbegin(), data.submitted.cend(), std::back_inserter(ofDay),
                     [day](const TrainingAttempt &a) { return a.day == day; });
        QList<ReportCell> cells{cell(label), cell(date), cell(title), cell(present),
                                cell(QString::number(ofDay.size()))};
        cells.append(scoreCells(sum(ofDay)));
        table.rows.append(cells);
    };
    for (const TrainingPlanDay &d : plan.days)
        row(QStringLiteral("第%1天").arg(d.day), shortDate(data.days.value(d.day).date), d.title,
            attendance(data, d.day), d.day);
    // Days the plan no longer has (it was shortened after the trainee practised) still count in
    // the totals, so they get rows too.
    QList<int> unplanned;
    for (const TrainingAttempt &a : data.submitted) {
        if (a.day != TrainingAttempt::ExtraPractice && !plan.day(a.day) && !unplanned.contains(a.day))
            unplanned.append(a.day);
    }
    std::sort(unplanned.begin(), unplanned.end());
    for (int day : unplanned)
        row(QStringLiteral("第%1天").arg(day), shortDate(data.days.value(day).date), {},
            attendance(data, day), day);
    // Practice outside the plan counts in the totals, so the table shows where it came from.
    const bool extra =
        std::any_of(data.submitted.cbegin(), data.submitted.cend(),
                    [](const TrainingAttempt &a) { return a.day == TrainingAttempt::ExtraPractice; });
    if (extra)
        row(QStringLiteral("加练"), {}, QStringLiteral("课外练习"), {}, TrainingAttempt::ExtraPractice);
    return table;
}

ReportTable categoryTable(const RecordData &data)
{
    ReportTable table;
    table.headers = {QStringLiteral("类别"),  QStringLiteral("问题类型"), QStringLiteral("发现"),
                     QStringLiteral("遗漏"),  QStringLiteral("误报"),     QStringLiteral("查全率"),
                     QStringLiteral("查准率")};
    table.widths = {0.8, 3.2, 0.8, 0.8, 0.8, 1.2, 1.2};
    for (const TrainingTally &t : data.score.byCategory) {
        QList<ReportCell> cells{cell(t.category), cell(ProblemCategories::documentName(t.category))};
        cells.append(scoreCells(t));
        table.rows.append(cells);
    }
    return table;
}

} // namespace

Result<ReportDocument> CompletionRecordBuilder::build(const Database &database, qint64 enrollmentId,
                                                      const TrainingPlan &plan, const QString &officeName,
                                                      const QDate &issueDate)
{
    auto loaded = loadRecord(database, enrollmentId);
    if (!loaded)
        return loaded.error();
    const RecordData &data = loaded.value();
    const TrainingEnrollment &t = data.enrollment;
    auto orNone = [](const QString &text) {
        return text.isEmpty() ? QStringLiteral("—") : text;
    };

    ReportDocument doc;
    doc.title = QStringLiteral("脱岗跟班学习结业记录");
    doc.author = officeName;
    doc.addParagraph(BlockRole::Title, doc.title);
    doc.addParagraph(BlockRole::Body, QStringLiteral("学员：%1").arg(t.person));
    doc.addParagraph(BlockRole::Body, QStringLiteral("单位：%1").arg(orNone(data.unitName)));
    doc.addParagraph(BlockRole::Body, QStringLiteral("网站或账号：%1").arg(orNone(data.siteName)));
    QDate start = t.startDate;
    if (!start.isValid() && data.days.contains(1))
        start = data.days.value(1).date;
    doc.addParagraph(BlockRole::Body, QStringLiteral("学习时间：%1至%2")
                                          .arg(NoticeDocumentBuilder::chineseDate(start),
                                               NoticeDocumentBuilder::chineseDate(lastLoggedDate(data))));

    doc.addParagraph(BlockRole::Heading1, QStringLiteral("一、每日学习情况"));
    doc.addTable(dayTable(data, plan));

    doc.addParagraph(BlockRole::Heading1, QStringLiteral("二、分类练习结果"));
    if (data.score.byCategory.isEmpty())
        doc.addParagraph(BlockRole::Body, QStringLiteral("无已提交的练习。"));
    else
        doc.addTable(categoryTable(data));

    doc.addParagraph(BlockRole::Heading1, QStringLiteral("三、总体结果"));
    const TrainingTally total = sum(data.submitted);
    const int present = int(std::count_if(data.days.cbegin(), data.days.cend(),
                                          [](const TrainingDayEntry &e) { return e.present; }));
    doc.addParagraph(
        BlockRole::Body,
        QStringLiteral("出勤%1天（共%2天），完成练习%3次。答案中的问题共%4个，发现%5个，遗漏%6个，"
                       "误报%7个；查全率%8，查准率%9。")
            .arg(QString::number(present), QString::number(plan.days.size()),
                 QString::number(data.submitted.size()), QString::number(total.hits + total.misses),
                 QString::number(total.hits), QString::number(total.misses),
                 QString::number(total.falseAlarms), total.recallText(), total.precisionText()));

    doc.addParagraph(BlockRole::Heading1, QStringLiteral("四、带教意见"));
    bool anyNote = false;
    for (const TrainingDayEntry &e : data.days) {
        if (e.note.trimmed().isEmpty())
            continue;
        doc.addParagraph(BlockRole::Body,
                         QStringLiteral("第%1天：%2").arg(QString::number(e.day), e.note.trimmed()));
        anyNote = true;
    }
    if (!anyNote)
        doc.addParagraph(BlockRole::Body, QStringLiteral("无。"));

    // Room to sign by hand: the record is printed, signed and filed.
    doc.addParagraph(BlockRole::Body, QStringLiteral("学员签字：＿＿＿＿＿＿＿　　日期：＿＿＿＿＿＿"));
    doc.addParagraph(BlockRole::Body, QStringLiteral("带教人签字：＿＿＿＿＿＿＿　　日期：＿＿＿＿＿＿"));
    if (!officeName.trimmed().isEmpty())
        doc.addParagraph(BlockRole::Signature, officeName.trimmed());
    doc.addParagraph(BlockRole::Date, NoticeDocumentBuilder::chineseDate(issueDate));
    return doc;
}

} // namespace xj
