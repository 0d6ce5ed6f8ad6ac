// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/KeywordMatcher.h"

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
    QString out(text.size(), Qt::Uninitialized);
    QChar *d = out.data();
    for (qsizetype i = 0; i < text.size(); ++i) {
        char16_t c = text.at(i).unicode();
        if (c >= 0xFF01 && c <= 0xFF5E) // full-width ASCII
            c = char16_t(c - 0xFEE0);
        else if (c == 0x3000)
            c = u' ';
        if (c >= u'A' && c <= u'Z')
            c = char16_t(c + 32);
        d[i] = QChar(c);
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
