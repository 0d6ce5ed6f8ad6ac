// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/messages/MessageAggregator.h"

#include "core/WorkingCalendar.h"
#include "scan/ScanRules.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace xj {

namespace {

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

MessageAggregator::MessageAggregator(StockReplies stock)
    : m_stock(std::move(stock))
{}

MessageAggregator::Entry MessageAggregator::entryOf(const MessageRecord &record) const
{
    Entry e;
    e.url = record.url;
    e.title = record.title;
    e.asked = record.asked;
    e.answered = record.answered;
    e.status = record.status;
    e.hasReply = record.hasReply;
    e.replyKnown = record.replyKnown;
    e.fromDetailPage = record.fromDetailPage;
    if (const QString normal = StockReplies::normalise(record.reply); !normal.isEmpty()) {
        // Eight bytes of SHA-1: replies only need to be told apart within one site.
        constexpr int hashBytes = 8;
        e.replyHash = QCryptographicHash::hash(normal.toUtf8(), QCryptographicHash::Sha1).left(hashBytes);
        e.replyPrefix = record.reply.left(ReplyPrefixLength);
        e.stock = m_stock.isStock(record.reply);
    }
    return e;
}

void MessageAggregator::merge(Entry &into, const Entry &from)
{
    // The detail page has the whole message; a list row only fills in what it lacks.
    if (from.fromDetailPage && !into.fromDetailPage) {
        Entry detail = from;
        detail.sourceUrl = into.sourceUrl;
        if (detail.title.isEmpty())
            detail.title = into.title;
        if (!detail.asked.isValid())
            detail.asked = into.asked;
        into = detail;
        return;
    }
    if (into.sourceUrl.isEmpty())
        into.sourceUrl = from.sourceUrl;
    if (into.title.isEmpty())
        into.title = from.title;
    if (!into.asked.isValid())
        into.asked = from.asked;
    if (into.fromDetailPage && !from.fromDetailPage)
        return;
    if (!into.replyKnown && from.replyKnown) {
        into.hasReply = from.hasReply;
        into.replyKnown = true;
        into.status = from.status;
    }
    if (into.hasReply && !into.answered.isValid())
        into.answered = from.answered;
    if (into.replyHash.isEmpty()) {
        into.replyHash = from.replyHash;
        into.replyPrefix = from.replyPrefix;
        into.stock = from.stock;
    }
}

void MessageAggregator::addPage(const QString &pageUrl, const MessagePageFacts &facts)
{
    for (const MessageRecord &record : facts.messages) {
        if (record.url.isEmpty())
            continue;
        Entry e = entryOf(record);
        if (!record.fromDetailPage && record.url != pageUrl)
            e.sourceUrl = pageUrl;
        const auto found = m_index.constFind(e.url);
        if (found == m_index.constEnd()) {
            m_index.insert(e.url, m_entries.size());
            m_entries.append(e);
        } else {
            merge(m_entries[found.value()], e);
        }
    }
}

ScanCandidate MessageAggregator::candidate(const Entry &e, const QString &checkId, const QString &message,
                                           const QString &text)
{
    ScanCandidate c = ScanCandidate::make(checkId, e.url, message);
    c.sourceUrl = e.sourceUrl;
    c.text = text;
    c.detail.insert(QStringLiteral("title"), e.title);
    c.detail.insert(QStringLiteral("asked"), iso(e.asked));
    if (e.answered.isValid())
        c.detail.insert(QStringLiteral("answered"), iso(e.answered));
    if (!e.status.isEmpty())
        c.detail.insert(QStringLiteral("status"), e.status);
    c.detail.insert(QStringLiteral("fromDetailPage"), e.fromDetailPage);
    return c;
}

MessageAggregator::Evaluation MessageAggregator::evaluate(const QDate &inspectionDate, const ScanRules &rules,
                                                          const WorkingCalendar &calendar) const
{
    Evaluation ev;
    const QDate from = inspectionDate.addMonths(-rules.messageLookbackMonths);
    const auto inWindow = [&](const Entry &e) {
        return e.asked.isValid() && e.asked >= from && e.asked <= inspectionDate;
    };
    // Replies by their text, to find the one answer pasted under many messages.
    QHash<QByteArray, QList<qsizetype>> byReply;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries.at(i);
        if (inWindow(e) && e.hasReply && !e.replyHash.isEmpty())
            byReply[e.replyHash].append(i);
    }

    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries.at(i);
        if (!inWindow(e))
            continue;
        ++ev.messages;
        const QDate limit = e.asked.addMonths(rules.unansweredMonths);
        const bool pending = e.replyKnown && !e.hasReply;
        const bool answeredLate = e.hasReply && e.answered.isValid() && e.answered > limit;
        if ((pending && inspectionDate > limit) || answeredLate) {
            // W-V5: no response for more than three months, whether still none or one that came
            // only after that.
            const QDate until = pending ? inspectionDate : e.answered;
            const int days = int(e.asked.daysTo(until));
            const QString message =
                pending ? tr("No reply %1 days after the message of %2 (limit: %n month(s))", nullptr,
                             rules.unansweredMonths)
                              .arg(days)
                              .arg(iso(e.asked))
                        : tr("Answered on %1, %2 days after the message of %3 (limit: %n month(s))", nullptr,
                             rules.unansweredMonths)
                              .arg(iso(e.answered))
                              .arg(days)
                              .arg(iso(e.asked));
            ScanCandidate c =
                candidate(e, QStringLiteral("message.unanswered"), message,
                          pending ? (e.status.isEmpty() ? iso(e.asked) : e.status) : iso(e.answered));
            c.detail.insert(QStringLiteral("days"), days);
            c.detail.insert(QStringLiteral("workingDays"), calendar.workingDaysBetween(e.asked, until));
            c.detail.insert(QStringLiteral("limitMonths"), rules.unansweredMonths);
            ev.candidates.append(c);
            ++ev.unanswered;
        } else if (e.hasReply || pending) {
            // W-D8: the reply (or the wait for one, so far) against the working-day yardstick.
            const QDate until = pending ? inspectionDate : e.answered;
            const int workingDays = until.isValid() ? calendar.workingDaysBetween(e.asked, until) : 0;
            if (workingDays > rules.replyWorkingDays) {
                const QString message =
                    pending
                        ? tr("No reply after %1 working days (message of %2; limit: %n working day(s))",
                             nullptr, rules.replyWorkingDays)
                              .arg(workingDays)
                              .arg(iso(e.asked))
                        : tr("Answered after %1 working days (message of %2, reply of %3; limit: %n working "
                             "day(s))",
                             nullptr, rules.replyWorkingDays)
                              .arg(workingDays)
                              .arg(iso(e.asked), iso(e.answered));
                ScanCandidate c =
                    candidate(e, QStringLiteral("message.late"), message,
                              pending ? (e.status.isEmpty() ? iso(e.asked) : e.status) : iso(e.answered));
                c.detail.insert(QStringLiteral("workingDays"), workingDays);
                c.detail.insert(QStringLiteral("limitWorkingDays"), rules.replyWorkingDays);
                ev.candidates.append(c);
                ++ev.late;
            }
        }
        if (!e.hasReply || e.replyHash.isEmpty())
            continue;
        const QList<qsizetype> same = byReply.value(e.replyHash);
        const bool repeated = same.size() >= rules.boilerplateMinRepeats;
        if (!repeated && !e.stock)
            continue;
        const QString message =
            repeated && e.stock
                ? tr("Stock reply given to %1 messages: “%2”").arg(same.size()).arg(e.replyPrefix)
            : repeated ? tr("The same reply answers %1 messages: “%2”").arg(same.size()).arg(e.replyPrefix)
                       : tr("Stock reply that answers nothing: “%1”").arg(e.replyPrefix);
        ScanCandidate c = candidate(e, QStringLiteral("message.boilerplate"), message, e.replyPrefix);
        c.detail.insert(QStringLiteral("stock"), e.stock);
        c.detail.insert(QStringLiteral("repeats"), int(same.size()));
        if (repeated) {
            QJsonArray others;
            for (qsizetype j : same) {
                if (j != i && others.size() < MaxSameReplyUrls)
                    others.append(m_entries.at(j).url);
            }
            c.detail.insert(QStringLiteral("sameReply"), others);
        }
        ev.candidates.append(c);
        ++ev.boilerplate;
    }

    ev.veto.insert(QStringLiteral("item"), QStringLiteral("W-V5"));
    ev.veto.insert(QStringLiteral("count"), ev.unanswered);
    ev.veto.insert(QStringLiteral("threshold"), 1);
    ev.veto.insert(QStringLiteral("from"), iso(from));
    ev.veto.insert(QStringLiteral("to"), iso(inspectionDate));
    ev.veto.insert(QStringLiteral("unansweredMonths"), rules.unansweredMonths);
    ev.veto.insert(QStringLiteral("verdict"), ev.unanswered > 0 ? QStringLiteral("veto")
                                              : ev.messages > 0 ? QStringLiteral("pass")
                                                                : QStringLiteral("unknown"));
    return ev;
}

} // namespace xj
