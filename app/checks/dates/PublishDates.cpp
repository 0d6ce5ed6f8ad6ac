// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/dates/PublishDates.h"

#include "checks/PageSnapshot.h"
#include "checks/dates/DateExtractor.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace xj {

namespace {

// List items and header lines are short; a longer block is running text, whose dates at its
// start or end are not a publish position.
constexpr qsizetype maximumItemLength = 200;
// How far before a date the words of a deadline or an event are looked for.
constexpr qsizetype scheduleWindow = 6;

bool isSpace(QChar c)
{
    return DateExtractor::isSpace(c);
}

qsizetype skipTime(const QString &text, qsizetype pos)
{
    return DateExtractor::skipTimeOfDay(text, pos);
}

bool atStart(const QString &text, qsizetype offset)
{
    static const QString opening = QStringLiteral("[(（【〔<《");
    for (qsizetype i = 0; i < offset; ++i) {
        if (!isSpace(text.at(i)) && !opening.contains(text.at(i)))
            return false;
    }
    return true;
}

bool atEnd(const QString &text, qsizetype end)
{
    static const QString closing = QStringLiteral("])）】〕>》");
    for (qsizetype i = skipTime(text, end); i < text.size(); ++i) {
        if (!isSpace(text.at(i)) && !closing.contains(text.at(i)))
            return false;
    }
    return true;
}

// The publish label right before a date: "发布时间：", "日期: ". The generic 日期 and 时间 count
// only as a field of their own (not "截止日期", "活动时间") and not beside a 地点 (an event).
struct Label
{
    QString name;
    qsizetype start = -1;
    bool generic = false;
};

Label labelBefore(const QString &text, qsizetype dateOffset)
{
    static const QRegularExpression label(
        QStringLiteral("(发布时间|发布日期|发文日期|成文日期|印发日期|更新时间|发表时间|日期|时间)"
                       "[\\s\\x{3000}]*[：:][\\s\\x{3000}]*$"));
    const qsizetype from = std::max<qsizetype>(0, dateOffset - 12);
    const QRegularExpressionMatch m = label.match(text.mid(from, dateOffset - from));
    if (!m.hasMatch())
        return {};
    Label result{m.captured(1), from + m.capturedStart(1), m.capturedLength(1) == 2};
    if (result.generic) {
        if (result.start > 0 && text.at(result.start - 1).isLetterOrNumber())
            return {};
        if (text.contains(QStringLiteral("地点")))
            return {};
    }
    return result;
}

bool hasHeaderWord(const QString &text)
{
    static const QStringList words = {
        QStringLiteral("来源"),     QStringLiteral("作者"),     QStringLiteral("浏览次数"),
        QStringLiteral("浏览量"),   QStringLiteral("阅读次数"), QStringLiteral("阅读量"),
        QStringLiteral("访问次数"), QStringLiteral("访问量"),   QStringLiteral("点击数"),
        QStringLiteral("点击量"),   QStringLiteral("点击率"),   QStringLiteral("字号"),
        QStringLiteral("编辑"),     QStringLiteral("发布者"),   QStringLiteral("发布机构"),
        QStringLiteral("信息来源"), QStringLiteral("打印")};
    for (const QString &w : words) {
        if (text.contains(w))
            return true;
    }
    return false;
}

// A header date is at the line's start or end, or directly followed by the next field.
bool isHeaderDate(const QString &text, const DateMention &m)
{
    if (atStart(text, m.offset) || atEnd(text, m.end()))
        return true;
    qsizetype i = skipTime(text, m.end());
    while (i < text.size() && (isSpace(text.at(i)) || text.at(i) == u'|' || text.at(i) == u'丨'))
        ++i;
    return i > m.end() && hasHeaderWord(text.mid(i, 4));
}

PublishDate fromMention(const QString &text, const DateMention &m, PublishDate::Kind kind, int block)
{
    PublishDate d;
    d.kind = kind;
    d.date = m.date;
    d.hasYear = m.hasYear();
    d.dateText = text.mid(m.offset, m.length);
    d.text = d.dateText;
    d.block = block;
    d.offset = d.dateOffset = m.offset;
    d.length = d.dateLength = m.length;
    return d;
}

void addMetaDates(const PageSnapshot &page, QList<PublishDate> &out)
{
    struct MetaName
    {
        QString key;
        QString name; ///< as templates write it
        QString selector;
    };
    static const QList<MetaName> names = {
        {QStringLiteral("pubdate"), QStringLiteral("PubDate"), QStringLiteral("meta[name=\"PubDate\"]")},
        {QStringLiteral("publishdate"), QStringLiteral("publishdate"),
         QStringLiteral("meta[name=\"publishdate\"]")},
        {QStringLiteral("pubtime"), QStringLiteral("pubtime"), QStringLiteral("meta[name=\"pubtime\"]")},
        {QStringLiteral("article:published_time"), QStringLiteral("article:published_time"),
         QStringLiteral("meta[property=\"article:published_time\"]")},
    };
    static const QRegularExpression compact(
        QStringLiteral("^\\s*((?:19|20)[0-9]{2})([01][0-9])([0-3][0-9])"));
    for (const MetaName &name : names) {
        const QString content = page.meta(name.key);
        if (content.isEmpty())
            continue;
        PublishDate d;
        d.kind = PublishDate::Kind::Meta;
        d.text = content;
        d.label = name.name;
        d.selector = name.selector;
        const QList<DateMention> mentions = DateExtractor::find(content, QDate());
        if (!mentions.isEmpty()) {
            d.date = mentions.first().date;
            d.dateText = content.mid(mentions.first().offset, mentions.first().length);
        } else if (const QRegularExpressionMatch m = compact.match(content); m.hasMatch()) {
            d.date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
            d.dateText = m.captured().trimmed();
        }
        if (d.date.isValid())
            out.append(d);
    }
}

// The item's link: the first visible <a> of the block, preferably one whose address has a date.
int itemLink(const PageSnapshot &page, const QList<int> &links)
{
    int first = -1;
    for (int i : links) {
        const LinkFact &l = page.links.at(i);
        if (l.tag != QLatin1String("a") || l.concealed != Concealment::None)
            continue;
        if (DateExtractor::dateInUrl(l.url).isValid())
            return i;
        if (first < 0)
            first = i;
    }
    return first;
}

} // namespace

bool PublishDates::scheduledBefore(const QString &text, qsizetype start, bool afterTitle)
{
    // Words that make the date a deadline, a validity limit or an event wherever they stand in the
    // few characters before it.
    static const QStringList nearWords = {
        QStringLiteral("截止"),     QStringLiteral("截至"),     QStringLiteral("有效期"),
        QStringLiteral("报名时间"), QStringLiteral("活动时间"), QStringLiteral("举办"),
        QStringLiteral("召开"),     QStringLiteral("开展"),     QStringLiteral("期限"),
        QStringLiteral("计划"),     QStringLiteral("预计"),     QStringLiteral("将于"),
        QStringLiteral("定于"),     QStringLiteral("之前"),     QStringLiteral("以前")};
    // Those that count only right before the date ("至2028年", not "到基层调研"). After a list
    // item's title only these count: titles end in "会议召开" or "工作计划" and still carry a
    // publish date.
    static const QStringList adjacentWords = {
        QStringLiteral("截止"),     QStringLiteral("截至"),     QStringLiteral("截止日期"),
        QStringLiteral("截止时间"), QStringLiteral("有效期"),   QStringLiteral("报名时间"),
        QStringLiteral("活动时间"), QStringLiteral("举办时间"), QStringLiteral("召开时间"),
        QStringLiteral("期限"),     QStringLiteral("预计"),     QStringLiteral("将于"),
        QStringLiteral("定于"),     QStringLiteral("之前"),     QStringLiteral("以前"),
        QStringLiteral("至"),       QStringLiteral("到"),       QStringLiteral("前")};

    if (!afterTitle) {
        const qsizetype from = std::max<qsizetype>(0, start - scheduleWindow);
        const QString before = text.mid(from, start - from);
        for (const QString &w : nearWords) {
            if (before.contains(w))
                return true;
        }
    }
    qsizetype i = start;
    while (i > 0 && (isSpace(text.at(i - 1)) || text.at(i - 1) == u':' || text.at(i - 1) == u'：' ||
                     text.at(i - 1) == u'为'))
        --i;
    const QStringView before = QStringView(text).left(i);
    for (const QString &w : adjacentWords) {
        if (before.endsWith(w))
            return true;
    }
    return false;
}

bool PublishDates::scheduledAfter(const QString &text, qsizetype end)
{
    static const QStringList words = {
        QStringLiteral("前"),   QStringLiteral("之前"), QStringLiteral("以前"), QStringLiteral("截止"),
        QStringLiteral("止"),   QStringLiteral("起"),   QStringLiteral("至"),   QStringLiteral("到"),
        QStringLiteral("召开"), QStringLiteral("举办"), QStringLiteral("举行"), QStringLiteral("开始"),
        QStringLiteral("结束"), QStringLiteral("～"),   QStringLiteral("~"),    QStringLiteral("—")};
    qsizetype j = skipTime(text, end);
    while (j < text.size() && isSpace(text.at(j)))
        ++j;
    const QString after = text.mid(j, 3);
    for (const QString &w : words) {
        if (after.startsWith(w))
            return true;
    }
    // A range written with a dash: "2026-12-05 - 2026-12-07".
    static const QRegularExpression dashRange(QStringLiteral("^[-－][\\s\\x{3000}]*[0-9０-９]"));
    return dashRange.match(text.mid(j, 4)).hasMatch();
}

QList<PublishDate> PublishDates::find(const PageSnapshot &page)
{
    QList<PublishDate> out;
    addMetaDates(page, out);

    QHash<int, QList<int>> linksByBlock;
    for (int i = 0; i < page.links.size(); ++i) {
        if (page.links.at(i).block >= 0)
            linksByBlock[page.links.at(i).block].append(i);
    }
    static const QStringList itemTags = {QStringLiteral("li"), QStringLiteral("tr"),  QStringLiteral("dd"),
                                         QStringLiteral("p"),  QStringLiteral("div"), QStringLiteral("td")};

    for (int b = 0; b < page.blocks.size(); ++b) {
        const TextBlock &block = page.blocks.at(b);
        if (!block.isVisible())
            continue;
        const QString &text = block.text;
        // Every date has an Arabic digit (ASCII or full width) or a Chinese zero.
        if (std::none_of(text.cbegin(), text.cend(), [](QChar c) {
                const char16_t u = c.unicode();
                return (u >= u'0' && u <= u'9') || (u >= 0xFF10 && u <= 0xFF19) || u == u'〇' || u == u'○' ||
                       u == u'零';
            }))
            continue;
        const bool shortBlock = text.size() <= maximumItemLength;
        const int link =
            shortBlock && itemTags.contains(block.tag) ? itemLink(page, linksByBlock.value(b)) : -1;
        const bool header = shortBlock && hasHeaderWord(text);
        // Only list items, header lines and labelled dates (every label ends in 日期 or 时间) are
        // publish positions: the body of a long page is not searched for dates at all.
        if (link < 0 && !header && !text.contains(QStringLiteral("日期")) &&
            !text.contains(QStringLiteral("时间")))
            continue;

        for (const DateMention &m : DateExtractor::find(text, page.inspectionDate)) {
            if (const Label label = labelBefore(text, m.offset); label.start >= 0 && m.hasYear()) {
                // A publish label speaks for itself; a generic one may follow a deadline word.
                const bool scheduled = (label.generic && scheduledBefore(text, label.start, false)) ||
                                       scheduledAfter(text, m.end());
                if (!scheduled) {
                    PublishDate d = fromMention(text, m, PublishDate::Kind::Labelled, b);
                    d.label = label.name;
                    d.offset = label.start;
                    d.length = m.end() - label.start;
                    d.text = text.mid(d.offset, d.length);
                    out.append(d);
                }
                continue;
            }
            const bool itemStart = link >= 0 && atStart(text, m.offset);
            const bool itemEnd = link >= 0 && !itemStart && atEnd(text, m.end());
            if (scheduledBefore(text, m.offset, itemEnd) || scheduledAfter(text, m.end()))
                continue;
            if (itemStart || itemEnd) {
                PublishDate d = fromMention(text, m, PublishDate::Kind::ListItem, b);
                d.link = link;
                out.append(d);
            } else if (header && m.hasYear() && isHeaderDate(text, m)) {
                out.append(fromMention(text, m, PublishDate::Kind::Header, b));
            }
        }
    }
    return out;
}

} // namespace xj
