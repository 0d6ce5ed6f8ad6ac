// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/messages/MessagePageReader.h"

#include "checks/PageSnapshot.h"
#include "scan/messages/MessageLabels.h"
#include "scan/messages/MessageListReader.h"

#include <QRegularExpression>

namespace xj {

namespace {

using Field = MessageLabels::Field;

bool inside(const QString &selector, const QString &container)
{
    return !container.isEmpty() && selector.startsWith(container + QLatin1String(" > "));
}

// The labels of a block: "label：value" pairs, or the block alone naming a field without a
// colon (a th or dt of a table of fields: <th>来信时间</th><td>2026年3月2日</td>).
QList<MessageLabels::Match> labelsOf(const TextBlock &block)
{
    QList<MessageLabels::Match> labels = MessageLabels::find(block.text);
    if (labels.isEmpty()) {
        const Field field = MessageLabels::header(block.text, false);
        if (field != Field::None)
            labels.append({field, 0, block.text.size(), block.text.size()});
    }
    return labels;
}

// The reply's text: `text` (what follows the label in its own block) and the blocks after `from`
// inside `container`, up to the first block with a label of its own. A reply of several
// paragraphs stays whole, so "您好！" alone in the first one is not taken for the reply.
QString followingText(const PageSnapshot &page, int from, const QString &container, QString text)
{
    for (int j = from + 1; j < page.blocks.size() && text.size() < MessageRecord::MaxReplyLength; ++j) {
        const TextBlock &b = page.blocks.at(j);
        if (!inside(b.selector, container))
            break;
        if (!b.isVisible() || b.text.trimmed().isEmpty())
            continue;
        if (!labelsOf(b).isEmpty())
            break;
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        text += b.text;
    }
    return MessageLabels::clip(text, MessageRecord::MaxReplyLength);
}

QString firstToken(const QString &value)
{
    static const QRegularExpression space(QStringLiteral("[\\s\\x{3000}]+"));
    return value.split(space, Qt::SkipEmptyParts).value(0);
}

QString titleOf(const PageSnapshot &page)
{
    for (const TextBlock &b : page.blocks) {
        if (b.isVisible() && (b.tag == QLatin1String("h1") || b.tag == QLatin1String("h2")) &&
            !b.text.isEmpty())
            return MessageLabels::clip(b.text, MessageRecord::MaxTitleLength);
    }
    // "河道垃圾无人清理 - 青禾县人民政府": the part before the site's name.
    static const QRegularExpression separator(QStringLiteral("\\s+[-_|–—]\\s+|_"));
    return MessageLabels::clip(page.title.split(separator).value(0), MessageRecord::MaxTitleLength);
}

} // namespace

MessagePageFacts MessagePageReader::read(const PageSnapshot &page)
{
    MessagePageFacts facts;
    bool header = false;
    QList<MessageRecord> rows = MessageListReader::tableRows(page, &header);
    if (rows.isEmpty())
        rows = MessageListReader::itemRows(page);
    const std::optional<MessageRecord> detail = readDetail(page);
    if (detail)
        facts.messages.append(*detail);
    for (const MessageRecord &row : std::as_const(rows)) {
        if (!detail || row.url != detail->url)
            facts.messages.append(row);
    }
    facts.isBoard = header || !facts.messages.isEmpty();
    return facts;
}

std::optional<MessageRecord> MessagePageReader::readDetail(const PageSnapshot &page)
{
    const QDate reference = MessageLabels::reference(page.inspectionDate);
    MessageRecord m;
    int askedBlocks = 0;
    int fields = 0;     // board fields besides the asked date
    int metaBlock = -1; // the block with the answer's date or unit, when its values are inline
    bool metaHasAsked = false;
    int replyBlock = -1; // the block with the reply's label
    QString replyStart;
    for (int b = 0; b < page.blocks.size(); ++b) {
        const TextBlock &block = page.blocks.at(b);
        if (!block.isVisible())
            continue;
        const QList<MessageLabels::Match> labels = labelsOf(block);
        bool blockAsked = false;
        for (int k = 0; k < labels.size(); ++k) {
            const MessageLabels::Match &label = labels.at(k);
            QString value = MessageLabels::clip(
                block.text.mid(label.valueStart, label.valueEnd - label.valueStart), block.text.size());
            // A label alone in its block (a th, a dt): its value is the next block.
            const bool valueInline = !value.isEmpty();
            if (!valueInline && k == labels.size() - 1 && b + 1 < page.blocks.size() &&
                labelsOf(page.blocks.at(b + 1)).isEmpty())
                value = page.blocks.at(b + 1).text;
            switch (label.field) {
            case Field::Asked:
                if (const QDate d = MessageLabels::firstDate(value, reference); d.isValid()) {
                    askedBlocks += blockAsked ? 0 : 1;
                    blockAsked = true;
                    if (!m.asked.isValid())
                        m.asked = d;
                }
                break;
            case Field::Answered:
                if (!m.answered.isValid())
                    m.answered = MessageLabels::firstDate(value, reference);
                [[fallthrough]];
            case Field::Replier:
                if (metaBlock < 0 && valueInline)
                    metaBlock = b;
                ++fields;
                break;
            case Field::Status:
                if (m.status.isEmpty())
                    m.status = MessageLabels::clip(firstToken(value), MessageRecord::MaxStatusLength);
                ++fields;
                break;
            case Field::Reply:
                if (replyBlock < 0) {
                    replyBlock = b;
                    replyStart = valueInline ? value : QString();
                }
                ++fields;
                break;
            case Field::Title:
                if (m.title.isEmpty())
                    m.title = MessageLabels::clip(value, MessageRecord::MaxTitleLength);
                break;
            case Field::Other:
                ++fields;
                break;
            case Field::None:
                break;
            }
        }
        if (b == metaBlock)
            metaHasAsked = blockAsked;
    }
    if (!m.asked.isValid() || askedBlocks != 1 || fields == 0)
        return std::nullopt;

    if (replyBlock >= 0) {
        const QString container = MessageListReader::parentSelector(page.blocks.at(replyBlock).selector);
        m.reply = followingText(page, replyBlock, container, replyStart);
    } else if (metaBlock >= 0 && !metaHasAsked) {
        // No reply label: the reply is what follows the line with the answer's date or unit
        // ("答复单位：… 答复时间：…" then the text). Not when that line also holds the question's
        // date, since the question's text would follow it.
        const QString container = MessageListReader::parentSelector(page.blocks.at(metaBlock).selector);
        m.reply = followingText(page, metaBlock, container, QString());
    }
    if (m.title.isEmpty())
        m.title = titleOf(page);
    m.url = MessageRecord::keyFor(page.url);
    m.fromDetailPage = true;
    m.replyKnown = true;
    MessageLabels::settle(m);
    return m;
}

} // namespace xj
