// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/columns/ColumnListItems.h"

#include "checks/PageSnapshot.h"
#include "checks/StaticPageReader.h"
#include "checks/dates/DateExtractor.h"
#include "checks/dates/PublishDates.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace xj {

namespace {

// A list entry is a short line; a longer block with one date is running text.
constexpr qsizetype maximumItemLength = 200;
// How far a date may stand from its title inside one block ("标题 [县政府办] 2026-10-14").
constexpr qsizetype maximumGap = 24;
// A row's date cell is one of its next few blocks (or, date first, one of the previous).
constexpr int cellsAfter = 6;
constexpr int cellsBefore = 3;
// What may remain of a date cell besides the date: "[", "发布时间：", …
constexpr qsizetype maximumCellRest = 4;

bool isSpace(QChar c)
{
    return DateExtractor::isSpace(c);
}

// Past a time of day and spaces after a date ("2026-11-18 09:30").
qsizetype skipTime(const QString &text, qsizetype pos)
{
    qsizetype i = DateExtractor::skipTimeOfDay(text, pos);
    while (i < text.size() && isSpace(text.at(i)))
        ++i;
    return i;
}

// "2026年11月27日 星期五": the day a page header shows, not an entry's date.
bool isWeekdayDisplay(const QString &text, qsizetype end)
{
    static const QRegularExpression weekday(QStringLiteral("^(星期|礼拜|周[一二三四五六日天])"));
    return weekday.match(QStringView(text).mid(skipTime(text, end), 3)).hasMatch();
}

// The date mentions of a block that can be an entry's date: not a weekday display, a deadline,
// an event or a range (the words PublishDates knows for list items).
QList<DateMention> entryDates(const QString &text, const QDate &reference)
{
    QList<DateMention> out;
    for (const DateMention &m : DateExtractor::find(text, reference)) {
        if (isWeekdayDisplay(text, m.end()) || PublishDates::scheduledBefore(text, m.offset, true) ||
            PublishDates::scheduledAfter(text, m.end()))
            continue;
        out.append(m);
    }
    return out;
}

bool onlySeparators(QStringView text)
{
    static const QString separators = QStringLiteral("[](){}（）【】〔〕<>《》|｜·•:：,，、/-－—_");
    return std::all_of(text.begin(), text.end(),
                       [](QChar c) { return isSpace(c) || separators.contains(c); });
}

// Whether the block's text is nothing but the date (with brackets, a time or a publish label).
bool isDateCell(const QString &text, const DateMention &m)
{
    static const QRegularExpression label(
        QStringLiteral("发布时间|发布日期|更新时间|发文日期|成文日期|日期|时间"));
    QString rest = text.left(m.offset) + text.mid(skipTime(text, m.end()));
    rest.remove(label);
    qsizetype letters = 0;
    for (QChar c : std::as_const(rest)) {
        if (!onlySeparators(QStringView(&c, 1)))
            ++letters;
    }
    return letters <= maximumCellRest;
}

QString parentOf(const QString &selector)
{
    const qsizetype i = selector.lastIndexOf(QLatin1String(" > "));
    return i < 0 ? QString() : selector.left(i);
}

QString lastTag(const QString &selector)
{
    const qsizetype i = selector.lastIndexOf(QLatin1String(" > "));
    const QString segment = i < 0 ? selector : selector.mid(i + 3);
    return segment.startsWith(QLatin1Char('#')) ? QString() : segment.section(QLatin1Char(':'), 0, 0);
}

QString withoutFragment(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveFragment).toString();
}

struct Placed
{
    int link = -1;
    qsizetype start = 0;
    qsizetype end = 0;
    bool entry = false;
};

struct Candidate
{
    DatedItem item;
    int block = -1;
    QString group; ///< the parent of the entry's element: entries of one list share it
    QString tag;   ///< the entry's element
};

class Finder
{
public:
    explicit Finder(const PageSnapshot &page)
        : m_page(page)
    {
        for (int i = 0; i < page.links.size(); ++i) {
            if (page.links.at(i).block >= 0)
                m_linksByBlock[page.links.at(i).block].append(i);
        }
    }

    QList<Candidate> run()
    {
        for (int b = 0; b < m_page.blocks.size(); ++b) {
            if (m_page.blocks.at(b).isVisible())
                readBlock(b);
        }
        return m_candidates;
    }

private:
    QList<Placed> place(int b) const
    {
        const QString &text = m_page.blocks.at(b).text;
        QList<Placed> out;
        qsizetype cursor = 0;
        for (int i : m_linksByBlock.value(b)) {
            const LinkFact &l = m_page.links.at(i);
            const QString t = l.text.trimmed();
            if (l.tag != QLatin1String("a") || t.isEmpty())
                continue;
            const qsizetype at = text.indexOf(t, cursor);
            if (at < 0)
                continue;
            out.append({i, at, at + t.size(), ColumnListItems::isEntryLink(m_page, l)});
            cursor = at + t.size();
        }
        return out;
    }

    void add(int b, int link, const QDate &date, const QString &element, const QString &tag)
    {
        const LinkFact &l = m_page.links.at(link);
        m_candidates.append({{l.text.trimmed(), withoutFragment(l.url), date}, b, parentOf(element), tag});
    }

    static const Placed *longest(const QList<Placed> &placed)
    {
        const Placed *best = nullptr;
        for (const Placed &p : placed) {
            if (p.entry && (!best || p.end - p.start > best->end - best->start))
                best = &p;
        }
        return best;
    }

    void readBlock(int b)
    {
        const TextBlock &block = m_page.blocks.at(b);
        const QList<Placed> placed = place(b);
        const Placed *title = longest(placed);
        if (!title)
            return;
        const QList<DateMention> dates = entryDates(block.text, m_page.inspectionDate);
        if (dates.isEmpty())
            readRow(b, *title);
        else if (dates.size() == 1)
            readOne(b, placed, *title, dates.first());
        else
            readMany(b, placed, dates);
    }

    // One date in the block: the entry's, when it opens or closes the line or stands next to the
    // title.
    void readOne(int b, const QList<Placed> &placed, const Placed &title, const DateMention &m)
    {
        const TextBlock &block = m_page.blocks.at(b);
        const QString &text = block.text;
        if (text.size() > maximumItemLength)
            return;
        const bool opens = onlySeparators(QStringView(text).left(m.offset));
        const bool closes = onlySeparators(QStringView(text).mid(skipTime(text, m.end())));
        bool beside = false;
        if (m.offset >= title.end)
            beside = m.offset - title.end <= maximumGap;
        else if (m.end() <= title.start)
            beside = title.start - skipTime(text, m.end()) <= maximumGap;
        // No other link between the title and the date.
        for (const Placed &p : placed) {
            if (&p != &title &&
                ((p.start >= title.end && p.end <= m.offset) || (p.start >= m.end() && p.end <= title.start)))
                beside = false;
        }
        if (opens || closes || beside)
            add(b, title.link, m.date, block.selector, block.tag);
    }

    // Several entries in one block ("<td><a>…</a> 2026-10-01<br><a>…</a> 2026-09-28</td>"): each
    // title takes the date right after it, or right before it when the block starts with a date.
    void readMany(int b, const QList<Placed> &placed, const QList<DateMention> &dates)
    {
        const TextBlock &block = m_page.blocks.at(b);
        const QString &text = block.text;
        const auto firstEntry =
            std::find_if(placed.begin(), placed.end(), [](const Placed &p) { return p.entry; });
        const bool dateFirst = dates.first().offset < firstEntry->start;
        QList<bool> used(dates.size(), false);
        for (qsizetype i = 0; i < placed.size(); ++i) {
            const Placed &p = placed.at(i);
            if (!p.entry)
                continue;
            const qsizetype from = i > 0 ? placed.at(i - 1).end : 0;
            const qsizetype to = i + 1 < placed.size() ? placed.at(i + 1).start : text.size();
            int pick = -1;
            for (int d = 0; d < dates.size(); ++d) {
                const DateMention &m = dates.at(d);
                if (used.at(d))
                    continue;
                if (!dateFirst && m.offset >= p.end && m.end() <= to && m.offset - p.end <= maximumGap) {
                    pick = d;
                    break;
                }
                if (dateFirst && m.offset >= from && m.end() <= p.start &&
                    p.start - skipTime(text, m.end()) <= maximumGap)
                    pick = d; // the last one before the title
            }
            if (pick >= 0) {
                used[pick] = true;
                add(b, p.link, dates.at(pick).date, block.selector, block.tag);
            }
        }
    }

    bool hasEntry(int b) const
    {
        for (int i : m_linksByBlock.value(b)) {
            if (ColumnListItems::isEntryLink(m_page, m_page.links.at(i)))
                return true;
        }
        return false;
    }

    // No date in the title's block: a row of cells, one of which is the date.
    void readRow(int b, const Placed &title)
    {
        const QString row = parentOf(m_page.blocks.at(b).selector);
        if (row.isEmpty())
            return;
        const QString inside = row + QStringLiteral(" > ");
        const auto inRow = [&](int j) {
            const QString &s = m_page.blocks.at(j).selector;
            return s == row || s.startsWith(inside);
        };
        const auto dateOf = [&](int j) -> QDate {
            const TextBlock &cell = m_page.blocks.at(j);
            if (!cell.isVisible() || cell.text.size() > 40)
                return {};
            const QList<DateMention> dates = entryDates(cell.text, m_page.inspectionDate);
            return dates.size() == 1 && isDateCell(cell.text, dates.first()) ? dates.first().date : QDate();
        };
        QDate date;
        for (int j = b + 1; !date.isValid() && j < m_page.blocks.size() && j <= b + cellsAfter && inRow(j);
             ++j) {
            if (hasEntry(j))
                break;
            date = dateOf(j);
        }
        for (int j = b - 1; !date.isValid() && j >= 0 && j >= b - cellsBefore && inRow(j); --j) {
            if (hasEntry(j))
                break;
            date = dateOf(j);
        }
        if (date.isValid())
            add(b, title.link, date, row, lastTag(row));
    }

    const PageSnapshot &m_page;
    QHash<int, QList<int>> m_linksByBlock;
    QList<Candidate> m_candidates;
};

// The entries some CMSs (Hanweb's jpage) keep in an XML data store inside a <script> and write into
// the page with JavaScript: <record><![CDATA[<li><a …>…</a><span>2026-10-14</span></li>]]></record>.
QString storedRecords(const PageSnapshot &page)
{
    static const QRegularExpression record(
        QStringLiteral("<record>\\s*<!\\[CDATA\\[(.*?)\\]\\]>\\s*</record>"),
        QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    QString html;
    for (const QString &script : page.inlineScripts) {
        if (!script.contains(QLatin1String("<record"), Qt::CaseInsensitive))
            continue;
        for (const QRegularExpressionMatch &m : record.globalMatch(script))
            html += m.captured(1);
    }
    return html;
}

} // namespace

bool ColumnListItems::sameSite(const QUrl &url, const QUrl &page)
{
    const auto host = [](const QUrl &u) {
        QString h = u.host().toLower();
        if (h.startsWith(QLatin1String("www.")))
            h.remove(0, 4);
        return h;
    };
    const auto port = [](const QUrl &u) {
        return u.port(u.scheme() == QLatin1String("https") ? 443 : 80);
    };
    return !url.host().isEmpty() && host(url) == host(page) && port(url) == port(page);
}

bool ColumnListItems::isEntryLink(const PageSnapshot &page, const LinkFact &link)
{
    static const QStringList notTitles = {
        QStringLiteral("更多"),   QStringLiteral("查看更多"), QStringLiteral("more"), QStringLiteral("首页"),
        QStringLiteral("上一页"), QStringLiteral("下一页"),   QStringLiteral("上页"), QStringLiteral("下页"),
        QStringLiteral("尾页"),   QStringLiteral("末页"),     QStringLiteral("详细"), QStringLiteral("详情"),
        QStringLiteral("返回"),   QStringLiteral("返回顶部")};
    if (link.tag != QLatin1String("a") || link.concealed.toInt() != 0)
        return false;
    const QString scheme = link.url.scheme();
    if ((scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
        !sameSite(link.url, page.url))
        return false;
    if (withoutFragment(link.url) == withoutFragment(page.url))
        return false;
    QString title = link.text.trimmed();
    while (!title.isEmpty() && QStringLiteral(">»›》+ ").contains(title.back()))
        title.chop(1);
    if (title.size() < 2 || notTitles.contains(title, Qt::CaseInsensitive))
        return false;
    return !std::all_of(title.cbegin(), title.cend(), [](QChar c) { return c.isDigit(); });
}

ColumnListItems::Found ColumnListItems::find(const PageSnapshot &page)
{
    QList<Candidate> candidates = Finder(page).run();
    if (const QString records = storedRecords(page); !records.isEmpty()) {
        PageSnapshot stored =
            StaticPageReader::read(QStringLiteral("<ul>") + records + QStringLiteral("</ul>"), page.url);
        stored.inspectionDate = page.inspectionDate;
        for (Candidate c : Finder(stored).run()) {
            c.block = -1; // a block of the data store, not of the page
            c.group.prepend(QStringLiteral("record:"));
            candidates.append(c);
        }
    }
    QHash<QString, int> perGroup;
    for (const Candidate &c : candidates)
        ++perGroup[c.group];
    static const QStringList entryTags = {QStringLiteral("li"), QStringLiteral("tr"), QStringLiteral("dd"),
                                          QStringLiteral("dt")};
    Found found;
    QSet<QString> seen;
    for (const Candidate &c : candidates) {
        if (!entryTags.contains(c.tag) && perGroup.value(c.group) < 2)
            continue;
        if (c.block >= 0)
            found.itemBlocks.insert(c.block);
        if (seen.contains(c.item.url))
            continue;
        seen.insert(c.item.url);
        found.items.append(c.item);
    }
    return found;
}

} // namespace xj
