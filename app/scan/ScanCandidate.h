// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace xj {

/// A site-wide problem a scan proposes (a dead link, a stale column, an unanswered message, a
/// page-check hit on a crawled page). Like a page Candidate it is only a proposal: the inspector
/// accepts it as a finding or dismisses it. `itemCode` and `category` come from the CheckCatalogue.
struct ScanCandidate
{
    qint64 id = 0; ///< scan_candidates.id once stored
    QString checkId;
    QString itemCode;
    QString category;
    QString url;       ///< the page, link or column that is wrong
    QString sourceUrl; ///< the (first) page it was found on
    QString message;   ///< for the inspector, in the interface language
    QString text;      ///< the offending text, link or date
    /// Evidence: HTTP status and error, every source page with its anchor text, dates, counts.
    QJsonObject detail;

    enum class State { Open, Accepted, Dismissed };
    State state = State::Open;
    qint64 findingId = 0;

    /// Fills itemCode and category from the catalogue entry of `checkId`.
    static ScanCandidate make(const QString &checkId, const QString &url, const QString &message);
};

using ScanCandidates = QList<ScanCandidate>;

} // namespace xj
