// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/KeywordMatcher.h"

#include "checks/HalfWidth.h"

#include <algorithm>

namespace xj {

KeywordMatcher::KeywordMatcher(QList<Keyword> keywords)
    : m_keywords(std::move(keywords))
{
    QStringList folded;
    folded.reserve(m_keywords.size());
    for (const Keyword &k : std::as_const(m_keywords))
        folded.append(fold(k.word));
    m_matcher = AhoCorasick(folded);
}

QString KeywordMatcher::fold(QStringView text)
{
    QString out = HalfWidth::fold(text);
    for (QChar &c : out) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(char16_t(c.unicode() + 32));
    }
    return out;
}

QList<KeywordMatcher::Hit> KeywordMatcher::find(QStringView text) const
{
    QList<Hit> hits;
    if (m_keywords.isEmpty())
        return hits;
    const QString folded = fold(text);
    m_matcher.scan(folded, [&](qsizetype start, int pattern) {
        hits.append({start, m_matcher.patternLength(pattern), pattern});
    });
    std::stable_sort(hits.begin(), hits.end(),
                     [](const Hit &a, const Hit &b) { return a.offset < b.offset; });
    return hits;
}

} // namespace xj
