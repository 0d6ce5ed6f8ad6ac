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
    // Both lists come out ordered by end; a hit is dropped when an allowed word covers it.
    hits.removeIf([&allowedSpans](const Hit &h) {
        return std::any_of(allowedSpans.cbegin(), allowedSpans.cend(), [&h](const Span &s) {
            return s.start <= h.offset && s.end >= h.offset + h.length;
        });
    });
    return hits;
}

} // namespace xj
