// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/AhoCorasick.h"
#include "checks/CheckDictionaries.h"

#include <QList>

namespace xj {

/// Finds the wrong forms of the confusion dictionary in a text in one pass, leaving out those
/// that lie inside a correct word of the allow-list ("布署" is wrong, but not inside a listed
/// word that happens to contain it). Allowed words are in the same automaton, so there is still
/// one pass however long both lists are.
class ConfusionMatcher
{
public:
    struct Hit
    {
        qsizetype offset = 0;
        qsizetype length = 0;
        int pair = 0; ///< index into the pairs given to the constructor
    };

    ConfusionMatcher(const QList<ConfusionPair> &pairs, const QStringList &allowed);

    const QList<ConfusionPair> &pairs() const { return m_pairs; }
    QList<Hit> find(QStringView text) const;

private:
    QList<ConfusionPair> m_pairs;
    int m_allowedFrom = 0; ///< patterns from here on are allowed words
    AhoCorasick m_matcher;
};

} // namespace xj
