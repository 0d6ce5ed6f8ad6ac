// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/typo/ConfusionMatcher.h"

#include <algorithm>

namespace xj {

ConfusionMatcher::ConfusionMatcher(const QList<ConfusionPair> &pairs, const QStringList &allowed)
{
    QStringList patterns;
    for (const ConfusionPair &p : pairs) {
        if (p.wrong.isEmpty() || p.wrong == p.right)
            continue;
        m_pairs.append(p);
        patterns.append(p.wrong);
    }
    m_allowedFrom = int(patterns.size());
    patterns += allowed;
    m_matcher = AhoCorasick(patterns);
}

QList<ConfusionMatcher::Hit> ConfusionMatcher::find(QStringView text) const
{
    QList<Hit> hits;
    struct Span
    {
        qsizetype start, end;
    };
    QList<Span> allowedSpans;
    m_matcher.scan(text, [&](qsizetype start, int pattern) {
        const qsizetype length = m_matcher.patternLength(pattern);
        if (pattern >= m_allowedFrom)
            allowedSpans.append({start, start + length});
        else
            hits.append({start, length, pattern});
    });
    if (allowedSpans.isEmpty())
        return hits;
    // Spans come out ordered by their end. A span covering a hit ends at or after the hit's end
    // and at most the longest allowed word after its start: a short range to look through.
    qsizetype longest = 0;
    for (const Span &span : std::as_const(allowedSpans))
        longest = qMax(longest, span.end - span.start);
    hits.removeIf([&](const Hit &h) {
        const qsizetype end = h.offset + h.length;
        auto it = std::lower_bound(allowedSpans.cbegin(), allowedSpans.cend(), end,
                                   [](const Span &span, qsizetype e) { return span.end < e; });
        for (; it != allowedSpans.cend() && it->end <= h.offset + longest; ++it) {
            if (it->start <= h.offset)
                return true;
        }
        return false;
    });
    return hits;
}

} // namespace xj
