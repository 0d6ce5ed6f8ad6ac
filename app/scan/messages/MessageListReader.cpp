// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/messages/MessageListReader.h"

#include "checks/PageSnapshot.h"
#include "checks/dates/DateExtractor.h"
#include "scan/messages/MessageLabels.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace xj {

namespace {

using Field = MessageLabels::Field;
using Status = MessageLabels::Status;

QString lastStep(const QString &selector)
{
    const qsizetype at = selector.lastIndexOf(QLatin1String(" > "));
    return at < 0 ? selector : selector.mid(at + 3);
}

int nthOfType(const QString &step)
{
    static const QRegularExpression nth(QStringLiteral(":nth-of-type\\((\\d+)\\)$"));
    const QRegularExpressionMatch m = nth.match(step);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

// The links of the page that can lead to a message, by the block that holds them.
QHash<int, QList<int>> messageLinksByBlock(const PageSnapshot &page)
{
    QHash<int, QList<int>> out;
    for (int i = 0; i < page.links.size(); ++i) {
        const LinkFact &l = page.links.at(i);
        const QString scheme = l.url.scheme();
        if (l.tag == QLatin1String("a") && l.block >= 0 && l.concealed == Concealment::None &&
            (scheme == QLatin1String("http") || scheme == QLatin1String("https")))
            out[l.block].append(i);
    }
    return out;
}

struct Row
{
    QString selector;
    QList<int> blocks;  ///< cell blocks in document order
    QList<int> columns; ///< 0-based column of each cell
};

// Table rows in document order, grouped by table. A cell's column is its position among the
// cells of its tag (so an empty cell, which makes no block, still counts); in a row that mixes
// th and td, the order of its cells.
QList<QList<Row>> tablesOf(const PageSnapshot &page)
{
    QList<QList<Row>> tables;
    QHash<QString, int> tableIndex;
    QHash<QString, QPair<int, int>> rowIndex; // row selector → (table, row)
    for (int b = 0; b < page.blocks.size(); ++b) {
        const TextBlock &block = page.blocks.at(b);
        if (!block.isVisible() || (block.tag != QLatin1String("td") && block.tag != QLatin1String("th")))
            continue;
        const QString row = MessageListReader::parentSelector(block.selector);
        if (row.isEmpty())
            continue;
        auto found = rowIndex.constFind(row);
        if (found == rowIndex.constEnd()) {
            QString table = MessageListReader::parentSelector(row);
            const QString step = lastStep(table);
            if (step.startsWith(QLatin1String("tbody")) || step.startsWith(QLatin1String("thead")) ||
                step.startsWith(QLatin1String("tfoot")))
                table = MessageListReader::parentSelector(table);
            if (!tableIndex.contains(table)) {
                tableIndex.insert(table, int(tables.size()));
                tables.append(QList<Row>());
            }
            const int t = tableIndex.value(table);
            tables[t].append(Row{row, {}, {}});
            found = rowIndex.insert(row, {t, int(tables.at(t).size()) - 1});
        }
        Row &r = tables[found->first][found->second];
        r.blocks.append(b);
        r.columns.append(nthOfType(lastStep(block.selector)) - 1);
    }
    for (QList<Row> &rows : tables) {
        for (Row &r : rows) {
            bool mixed = false;
            for (int b : std::as_const(r.blocks))
                mixed |= page.blocks.at(b).tag != page.blocks.at(r.blocks.first()).tag;
            for (int i = 0; i < r.columns.size(); ++i) {
                if (mixed || r.columns.at(i) < 0)
                    r.columns[i] = i;
            }
        }
    }
    return tables;
}

struct Header
{
    QHash<Field, int> columns;
    bool specificAsked = false; ///< 留言时间 rather than a plain 时间
};

Header headerOf(const PageSnapshot &page, const Row &row)
{
    Header h;
    for (int i = 0; i < row.blocks.size(); ++i) {
        const QString &text = page.blocks.at(row.blocks.at(i)).text;
        const Field f = MessageLabels::header(text, true);
        if (f == Field::None || f == Field::Other || h.columns.contains(f))
            continue;
        h.columns.insert(f, row.columns.at(i));
        if (f == Field::Asked)
            h.specificAsked = MessageLabels::header(text, false) == Field::Asked;
    }
    return h;
}

QString cellText(const PageSnapshot &page, const Row &row, int column)
{
    const qsizetype at = row.columns.indexOf(column);
    return at < 0 ? QString() : page.blocks.at(row.blocks.at(at)).text;
}

} // namespace

QList<MessageRecord> MessageListReader::tableRows(const PageSnapshot &page, bool *headerFound)
{
    const QHash<int, QList<int>> links = messageLinksByBlock(page);
    const QDate reference = MessageLabels::reference(page.inspectionDate);
    QList<MessageRecord> out;
    for (const QList<Row> &rows : tablesOf(page)) {
        for (int r = 0; r < rows.size(); ++r) {
            const Header h = headerOf(page, rows.at(r));
            const int askedColumn = h.columns.value(Field::Asked, -1);
            const bool answerColumns =
                h.columns.contains(Field::Status) || h.columns.contains(Field::Answered);
            if (askedColumn < 0 || (!h.specificAsked && !(answerColumns && looksLikeBoard(page))))
                continue;
            // A plain 时间 column with a status column is a board only if a status says so: a
            // table of documents has 状态 (有效, 废止) too.
            bool statusSeen = h.specificAsked || h.columns.contains(Field::Answered);
            QList<MessageRecord> found;
            int d = r + 1;
            for (; d < rows.size(); ++d) {
                const Row &row = rows.at(d);
                if (headerOf(page, row).columns.contains(Field::Asked))
                    break;
                // The title cell's link, else the first link of the row.
                QList<int> cells;
                if (const qsizetype t = row.columns.indexOf(h.columns.value(Field::Title, -1)); t >= 0)
                    cells.append(int(t));
                for (int i = 0; i < row.blocks.size(); ++i)
                    cells.append(i);
                int link = -1;
                for (int i : std::as_const(cells)) {
                    const QList<int> inCell = links.value(row.blocks.at(i));
                    if (!inCell.isEmpty()) {
                        link = inCell.first();
                        break;
                    }
                }
                if (link < 0)
                    continue;
                const LinkFact &l = page.links.at(link);
                MessageRecord m;
                m.url = MessageRecord::keyFor(l.url);
                m.title = MessageLabels::clip(
                    l.text.isEmpty() ? cellText(page, row, h.columns.value(Field::Title, -1)) : l.text,
                    MessageRecord::MaxTitleLength);
                m.asked = MessageLabels::firstDate(cellText(page, row, askedColumn), reference);
                if (h.columns.contains(Field::Answered))
                    m.answered = MessageLabels::firstDate(
                        cellText(page, row, h.columns.value(Field::Answered)), reference);
                if (h.columns.contains(Field::Status))
                    m.status = MessageLabels::clip(cellText(page, row, h.columns.value(Field::Status)),
                                                   MessageRecord::MaxStatusLength);
                const Status s = MessageLabels::status(m.status);
                statusSeen |= s != Status::Unknown;
                m.replyKnown = h.columns.contains(Field::Answered) || s != Status::Unknown;
                MessageLabels::settle(m);
                found.append(m);
            }
            r = d - 1;
            if (!statusSeen)
                continue;
            if (headerFound)
                *headerFound = true;
            out.append(found);
        }
    }
    return out;
}

QList<MessageRecord> MessageListReader::itemRows(const PageSnapshot &page)
{
    if (!looksLikeBoard(page))
        return {};
    const QHash<int, QList<int>> links = messageLinksByBlock(page);
    const QDate reference = MessageLabels::reference(page.inspectionDate);
    QList<MessageRecord> out;
    QList<int> blocks = links.keys();
    std::sort(blocks.begin(), blocks.end());
    for (int b : std::as_const(blocks)) {
        const TextBlock &block = page.blocks.at(b);
        if (!block.isVisible() || block.text.size() > MaximumItemLength || block.tag == QLatin1String("td") ||
            block.tag == QLatin1String("th"))
            continue;
        // The title is the first link with words; what is left of the item are its fields.
        const LinkFact *title = nullptr;
        QString rest = block.text;
        for (int l : links.value(b)) {
            const LinkFact &link = page.links.at(l);
            const QString text = MessageLabels::clip(link.text, MessageRecord::MaxTitleLength);
            if (!title && text.size() >= 2)
                title = &link;
            if (const qsizetype at = text.isEmpty() ? -1 : rest.indexOf(text); at >= 0)
                rest.remove(at, text.size());
        }
        if (!title)
            continue;
        MessageRecord m;
        QString statusText = rest;
        bool labelledAnswer = false;
        for (const MessageLabels::Match &label : MessageLabels::find(rest)) {
            const QString value = rest.mid(label.valueStart, label.valueEnd - label.valueStart);
            if (label.field == Field::Asked && !m.asked.isValid())
                m.asked = MessageLabels::firstDate(value, reference);
            else if (label.field == Field::Answered && !labelledAnswer) {
                m.answered = MessageLabels::firstDate(value, reference);
                labelledAnswer = true;
            } else if (label.field == Field::Status)
                statusText = value;
        }
        const Status s = MessageLabels::status(statusText, &m.status);
        if (!m.asked.isValid()) {
            if (s == Status::Unknown)
                continue;
            // Unlabelled dates: the first is the question's, a later one the answer's.
            const QList<DateMention> dates = DateExtractor::find(rest, reference);
            if (dates.isEmpty())
                continue;
            m.asked = dates.first().date;
            if (!labelledAnswer && dates.size() > 1 && dates.at(1).date >= m.asked) {
                m.answered = dates.at(1).date;
                labelledAnswer = true;
            }
        }
        m.url = MessageRecord::keyFor(title->url);
        m.title = MessageLabels::clip(title->text, MessageRecord::MaxTitleLength);
        m.replyKnown = s != Status::Unknown || labelledAnswer;
        MessageLabels::settle(m);
        out.append(m);
    }
    if (out.size() < MinimumItems)
        return {};
    return out;
}

bool MessageListReader::looksLikeBoard(const PageSnapshot &page)
{
    static const QRegularExpression board(
        QStringLiteral("留言|信箱|咨询|互动|问政|来信|诉求|建言|投诉|民意|问答"));
    static const QRegularExpression crumb(QStringLiteral("当前位置|您的位置|所在位置"));
    if (board.match(page.title).hasMatch() || board.match(page.meta(QStringLiteral("ColumnName"))).hasMatch())
        return true;
    constexpr qsizetype maximumHeadingLength = 100;
    for (const TextBlock &b : page.blocks) {
        if (!b.isVisible() || b.text.size() > maximumHeadingLength)
            continue;
        const bool heading =
            b.tag.size() == 2 && b.tag.at(0) == u'h' && b.tag.at(1) >= u'1' && b.tag.at(1) <= u'4';
        if ((heading || crumb.match(b.text).hasMatch()) && board.match(b.text).hasMatch())
            return true;
    }
    return false;
}

QString MessageListReader::parentSelector(const QString &selector)
{
    const qsizetype at = selector.lastIndexOf(QLatin1String(" > "));
    return at < 0 ? QString() : selector.left(at);
}

} // namespace xj
