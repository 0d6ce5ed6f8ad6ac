// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/typo/ProtectedTermIndex.h"

#include "checks/typo/PinyinTable.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace xj {

namespace {

// Sound ids are written as characters of the Private Use Area, so a sound key is an ordinary
// string and the ordinary matcher finds sound patterns.
constexpr char16_t SoundBase = 0xE000;

/// A term's titles: "县委副书记、县长" or "县长/副书记" lists several.
QStringList titlesOf(const ProtectedTerm &term)
{
    static const QRegularExpression separators(QStringLiteral("[、,，/;；\\s]+"));
    return term.title.split(separators, Qt::SkipEmptyParts);
}

} // namespace

ProtectedTermIndex::ProtectedTermIndex(const QList<ProtectedTerm> &terms, const QStringList &titles,
                                       const QHash<QChar, QString> &similar)
    : m_terms(terms)
    , m_similar(similar)
{
    QHash<QString, int> patternIndex;
    QStringList soundPatterns;
    auto addPattern = [&](const QString &key, int term) {
        auto it = patternIndex.find(key);
        if (it == patternIndex.end()) {
            it = patternIndex.insert(key, int(soundPatterns.size()));
            soundPatterns.append(key);
            m_soundPatternTerm.append(term);
        } else if (m_soundPatternTerm.at(it.value()) != term) {
            // Two terms sharing a sound key: keep the first, verification checks both anyway.
            m_sharedSounds.insert(it.value(), term);
        }
    };
    QStringList names;
    QSet<QString> titleSet(titles.cbegin(), titles.cend());
    for (int t = 0; t < m_terms.size(); ++t) {
        const ProtectedTerm &term = m_terms.at(t);
        m_exact.insert(term.term);
        if (term.kind == ProtectedTerm::Kind::Person && !term.title.isEmpty()) {
            names.append(term.term);
            m_namePatternTerm.append(t);
            for (const QString &title : titlesOf(term))
                titleSet.insert(title);
        }
        if (term.term.size() < MinimumLength)
            continue;
        const QString key = soundKey(term.term);
        addPattern(key, t);
        // Look-alike characters change the sound: their sounds go in as variants, one position at
        // a time (two positions for long terms, when two replacements are allowed).
        const int replacements = allowedReplacements(term.term.size());
        for (qsizetype i = 0; i < term.term.size(); ++i) {
            for (QChar s : m_similar.value(term.term.at(i))) {
                QString variant = key;
                variant[i] = soundKey(QString(s)).at(0);
                addPattern(variant, t);
                if (replacements < 2)
                    continue;
                for (qsizetype j = i + 1; j < term.term.size(); ++j) {
                    for (QChar s2 : m_similar.value(term.term.at(j))) {
                        QString twice = variant;
                        twice[j] = soundKey(QString(s2)).at(0);
                        addPattern(twice, t);
                    }
                }
            }
        }
    }
    m_sounds = AhoCorasick(soundPatterns);
    m_names = AhoCorasick(names);
    m_titles = QStringList(titleSet.cbegin(), titleSet.cend());
    std::sort(m_titles.begin(), m_titles.end(), [](const QString &a, const QString &b) {
        return a.size() > b.size() || (a.size() == b.size() && a < b);
    });
}

int ProtectedTermIndex::allowedReplacements(qsizetype length) const
{
    return length >= LongTermLength ? 2 : 1;
}

bool ProtectedTermIndex::looksSimilar(QChar a, QChar b) const
{
    return m_similar.value(a).contains(b) || m_similar.value(b).contains(a);
}

QString ProtectedTermIndex::soundKey(QStringView text) const
{
    const PinyinTable &pinyin = PinyinTable::instance();
    QString key(text.size(), Qt::Uninitialized);
    QChar *d = key.data();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const quint16 sound = pinyin.soundOf(text.at(i).unicode());
        d[i] = sound ? QChar(char16_t(SoundBase + sound)) : text.at(i);
    }
    return key;
}

QList<ProtectedTermIndex::Hit> ProtectedTermIndex::find(QStringView text) const
{
    QList<Hit> hits;
    if (m_terms.isEmpty())
        return hits;
    const PinyinTable &pinyin = PinyinTable::instance();
    const QString key = soundKey(text);
    auto verify = [&](qsizetype start, int termIndex) {
        const QString &term = m_terms.at(termIndex).term;
        const QStringView window = text.mid(start, term.size());
        if (window == term || m_exact.contains(window.toString()))
            return;
        int differing = 0;
        bool homophone = false, lookAlike = false;
        for (qsizetype i = 0; i < term.size(); ++i) {
            const QChar a = term.at(i), b = window.at(i);
            if (a == b)
                continue;
            ++differing;
            const quint16 sa = pinyin.soundOf(a.unicode());
            if (sa != 0 && sa == pinyin.soundOf(b.unicode()))
                homophone = true;
            else if (looksSimilar(a, b))
                lookAlike = true;
            else
                return;
        }
        if (differing == 0 || differing > allowedReplacements(term.size()))
            return;
        const Reason reason = homophone && lookAlike ? Reason::Mixed
                              : lookAlike            ? Reason::LookAlike
                                                     : Reason::Homophone;
        hits.append({start, term.size(), termIndex, reason, {}});
    };
    m_sounds.scan(key, [&](qsizetype start, int pattern) {
        verify(start, m_soundPatternTerm.at(pattern));
        for (auto it = m_sharedSounds.constFind(pattern); it != m_sharedSounds.cend() && it.key() == pattern;
             ++it)
            verify(start, it.value());
    });
    findTitles(text, hits);
    std::sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.offset < b.offset; });
    // One hit per place: a window near two terms is reported once.
    hits.erase(
        std::unique(hits.begin(), hits.end(),
                    [](const Hit &a, const Hit &b) { return a.offset == b.offset && a.length == b.length; }),
        hits.end());
    return hits;
}

void ProtectedTermIndex::findTitles(QStringView text, QList<Hit> &hits) const
{
    m_names.scan(text, [&](qsizetype start, int pattern) {
        const int termIndex = m_namePatternTerm.at(pattern);
        const ProtectedTerm &person = m_terms.at(termIndex);
        // The longest known title that ends right where the name starts.
        const QStringView before = text.left(start);
        for (const QString &title : m_titles) {
            if (!before.endsWith(title))
                continue;
            if (!titlesOf(person).contains(title))
                hits.append({start - title.size(), title.size() + person.term.size(), termIndex,
                             Reason::WrongTitle, title});
            return;
        }
    });
}

} // namespace xj
