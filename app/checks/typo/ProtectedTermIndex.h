// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/AhoCorasick.h"
#include "checks/CheckDictionaries.h"

#include <QHash>
#include <QList>
#include <QMultiHash>
#include <QSet>

namespace xj {

/// Finds near misses of protected terms in one pass: the same length, with one (or, for long
/// terms, two) characters replaced by a homophone or by a character that looks similar. The text
/// is mapped to sound ids and matched against the terms' sound patterns (plus, for look-alikes,
/// the patterns with a similar character's sound in that place); each hit is then verified
/// character by character. Also finds a person's name preceded by a title that is not theirs.
class ProtectedTermIndex
{
public:
    enum class Reason { Homophone, LookAlike, Mixed, WrongTitle };
    struct Hit
    {
        qsizetype offset = 0;
        qsizetype length = 0;
        int term = 0; ///< index into terms()
        Reason reason = Reason::Homophone;
        QString wrongTitle; ///< WrongTitle: the title found before the name
    };

    /// The rule: the same length, one character replaced (two from six characters on).
    /// Shorter terms than three characters are matched exactly only: near misses of them are
    /// ordinary words.
    static constexpr int MinimumLength = 3;
    static constexpr int LongTermLength = 6;

    ProtectedTermIndex(const QList<ProtectedTerm> &terms, const QStringList &titles,
                       const QHash<QChar, QString> &similar);

    const QList<ProtectedTerm> &terms() const { return m_terms; }
    QList<Hit> find(QStringView text) const;

private:
    int allowedReplacements(qsizetype length) const;
    bool looksSimilar(QChar a, QChar b) const;
    QString soundKey(QStringView text) const;
    void findTitles(QStringView text, QList<Hit> &hits) const;

    QList<ProtectedTerm> m_terms;
    QHash<QChar, QString> m_similar;
    AhoCorasick m_sounds;                ///< over sound keys of the terms and their look-alike variants
    QList<int> m_soundPatternTerm;       ///< sound pattern → term
    QMultiHash<int, int> m_sharedSounds; ///< further terms with the same sound pattern
    QSet<QString> m_exact;               ///< every term as written: an exact occurrence is never a miss
    AhoCorasick m_names;                 ///< persons with a title, exact
    QList<int> m_namePatternTerm;
    QStringList m_titles; ///< longest first
};

} // namespace xj
