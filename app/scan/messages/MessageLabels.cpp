// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/messages/MessageLabels.h"

#include "checks/dates/DateExtractor.h"

#include <QRegularExpression>

namespace xj {

namespace {

using Field = MessageLabels::Field;

// One alternative per field, in the order of Field; each must be followed by a colon, so the
// bare 答复 of "办理状态：已答复" is a value, not a label.
const QList<QPair<Field, QString>> &patterns()
{
    static const QList<QPair<Field, QString>> all{
        {Field::Title, QStringLiteral("(?:留言|来信|信件|咨询|问题|投诉|诉求)?(?:标题|主题)")},
        {Field::Asked,
         QStringLiteral("(?:留言|提问|来信|咨询|写信|提交|投诉|求助|诉求|问政|发帖)(?:时间|日期)")},
        {Field::Answered, QStringLiteral("(?:答复|回复|办理|办结|回应|反馈|处理)(?:时间|日期)")},
        {Field::Status, QStringLiteral("(?:办理|处理|答复|回复|办件|信件|留言)?状态")},
        {Field::Reply, QStringLiteral("(?:答复|回复|回应|办理|处理|反馈)(?:内容|意见|结果|情况)|"
                                      "(?:部门|官方|单位)?(?:答复|回复)")},
        {Field::Replier, QStringLiteral("(?:答复|回复|办理|处理)(?:单位|部门|机构|机关)")},
        {Field::Other, QStringLiteral("(?:留言|提问|来信|咨询|写信|投诉)(?:人|者|用户|内容|编号|类型|类别)|"
                                      "(?:承办|受理)(?:单位|部门|时间)|问题描述|浏览次数|点击数")},
    };
    return all;
}

const QRegularExpression &labelExpression()
{
    static const QRegularExpression re([]() -> QString {
        QStringList groups;
        for (const auto &[field, pattern] : patterns())
            groups.append(QStringLiteral("(") + pattern + QStringLiteral(")"));
        return QStringLiteral("(?:") + groups.join(QLatin1Char('|')) +
               QStringLiteral(")[\\s\\x{3000}]*[：:][\\s\\x{3000}]*");
    }());
    return re;
}

bool isSpace(QChar c)
{
    return c.isSpace() || c == u'\u3000';
}

} // namespace

QList<MessageLabels::Match> MessageLabels::find(const QString &text)
{
    QList<Match> out;
    if (!text.contains(u'：') && !text.contains(u':'))
        return out;
    QRegularExpressionMatchIterator it = labelExpression().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        for (int group = 1; group <= patterns().size(); ++group) {
            if (m.capturedStart(group) < 0)
                continue;
            if (!out.isEmpty())
                out.last().valueEnd = m.capturedStart(0);
            out.append({patterns().at(group - 1).first, m.capturedStart(0), m.capturedEnd(0), text.size()});
            break;
        }
    }
    return out;
}

MessageLabels::Field MessageLabels::header(const QString &cell, bool generic)
{
    // A header is a short name; a longer cell is a value, whatever words it starts with.
    constexpr qsizetype maximumHeaderLength = 12;
    QString name = clip(cell, maximumHeaderLength + 1);
    while (!name.isEmpty() && (name.endsWith(u'：') || name.endsWith(u':')))
        name.chop(1);
    // Every field name ends in one of these; most short blocks (menu items, buttons) do not, and
    // are turned away before any pattern is tried.
    static const QString lastCharacters = QStringLiteral("题间期态容见果况复位门构关人者户号型别述数");
    if (name.isEmpty() || name.size() > maximumHeaderLength || !lastCharacters.contains(name.back()))
        return Field::None;
    static const QList<QPair<Field, QRegularExpression>> whole = [] {
        QList<QPair<Field, QRegularExpression>> out;
        for (const auto &[field, pattern] : patterns())
            out.append({field, QRegularExpression(QStringLiteral("^(?:") + pattern + QStringLiteral(")$"))});
        return out;
    }();
    for (const auto &[field, re] : whole) {
        if (re.match(name).hasMatch())
            return field;
    }
    static const QRegularExpression plainDate(QStringLiteral("^(?:时间|日期|发布时间|发布日期)$"));
    return generic && plainDate.match(name).hasMatch() ? Field::Asked : Field::None;
}

MessageLabels::Status MessageLabels::status(const QString &text, QString *word)
{
    // Pending words first: 未办结 contains 办结, 暂无回复 contains 回复.
    static const QRegularExpression pending(
        QStringLiteral("未答复|未回复|待答复|待回复|尚未答复|尚未回复|暂无答复|暂无回复|暂未回复|未办结|"
                       "未处理|待处理|未办理|办理中|处理中|正在办理|正在处理|受理中|已受理|待受理|未受理|"
                       "转办中|已转办|交办中|未反馈|待反馈"));
    static const QRegularExpression answered(
        QStringLiteral("已答复|已回复|已办结|已处理|已完成|已反馈|已回应|^办结$|^完成$|^答复$|^已办$"));
    const QString t = clip(text, text.size());
    for (const auto &[re, result] :
         {std::pair{&pending, Status::Pending}, std::pair{&answered, Status::Answered}}) {
        const QRegularExpressionMatch m = re->match(t);
        if (m.hasMatch()) {
            if (word)
                *word = m.captured(0);
            return result;
        }
    }
    return Status::Unknown;
}

void MessageLabels::settle(MessageRecord &record)
{
    const Status s = status(record.status);
    if (s == Status::Pending)
        record.answered = QDate();
    record.hasReply = s != Status::Pending &&
                      (record.answered.isValid() || s == Status::Answered || !record.reply.isEmpty());
}

QDate MessageLabels::reference(const QDate &inspectionDate)
{
    return inspectionDate.isValid() ? inspectionDate : QDate::currentDate();
}

QDate MessageLabels::firstDate(const QString &text, const QDate &reference)
{
    const QList<DateMention> dates = DateExtractor::find(text, reference);
    return dates.isEmpty() ? QDate() : dates.first().date;
}

QString MessageLabels::clip(const QString &text, qsizetype length)
{
    qsizetype from = 0;
    qsizetype to = text.size();
    while (from < to && isSpace(text.at(from)))
        ++from;
    while (to > from && isSpace(text.at(to - 1)))
        --to;
    return text.mid(from, std::min(length, to - from));
}

} // namespace xj
