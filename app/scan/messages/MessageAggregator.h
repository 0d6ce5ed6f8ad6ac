// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scan/ScanCandidate.h"
#include "scan/messages/MessageRecord.h"
#include "scan/messages/StockReplies.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace xj {

struct ScanRules;
class WorkingCalendar;

/// Gathers the messages a scan finds on a site's board pages and judges them against the
/// indicators: W-V5 (a message unanswered for more than three months within the last year, or
/// answered only after that: a veto) and W-D8 (replies later than five working days; stock or
/// copied replies). A message seen both in a list and on its detail page is one message, and the
/// detail page's reading wins. Keeps only what judging needs, so a board of many thousand messages
/// costs little memory: dates, status, a hash of the normalised reply and a short prefix of it.
class MessageAggregator
{
    Q_DECLARE_TR_FUNCTIONS(xj::MessageAggregator)
public:
    /// How much of a reply a candidate quotes.
    static constexpr int ReplyPrefixLength = 40;
    /// How many other messages with the same reply a boilerplate candidate names.
    static constexpr int MaxSameReplyUrls = 10;

    struct Evaluation
    {
        ScanCandidates candidates;
        int messages = 0; ///< messages asked within the look-back window
        int unanswered = 0;
        int late = 0;
        int boilerplate = 0;
        /// W-V5: count, threshold, verdict ("veto", "pass", or "unknown" when no message was found).
        QJsonObject veto;
    };

    /// `stock` recognises stock replies; an empty list recognises none.
    explicit MessageAggregator(StockReplies stock = {});

    /// The messages `facts` found on the page at `pageUrl`: a list row's record notes the page as
    /// where the message was listed.
    void addPage(const QString &pageUrl, const MessagePageFacts &facts);
    qsizetype size() const { return m_entries.size(); }

    Evaluation evaluate(const QDate &inspectionDate, const ScanRules &rules,
                        const WorkingCalendar &calendar) const;

private:
    struct Entry
    {
        QString url;
        QString sourceUrl;
        QString title;
        QDate asked;
        QDate answered;
        QString status;
        QByteArray replyHash; ///< of the normalised reply; empty without a reply text
        QString replyPrefix;
        bool hasReply = false;
        bool replyKnown = false;
        bool fromDetailPage = false;
        bool stock = false;
    };

    Entry entryOf(const MessageRecord &record) const;
    static void merge(Entry &into, const Entry &from);
    /// A candidate on the message's detail page, its detail holding the message's dates and status.
    static ScanCandidate candidate(const Entry &e, const QString &checkId, const QString &message,
                                   const QString &text);

    StockReplies m_stock;
    QList<Entry> m_entries;
    QHash<QString, qsizetype> m_index; ///< url → entry
};

} // namespace xj
