// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/AhoCorasick.h"

#include <QList>
#include <QString>

namespace xj {

/// A word list where each word carries a category ("gambling", "porn", "ad", …) and an optional
/// note, matched in one pass with case and full-width forms folded (Ｂａｃｃａｒａｔ = baccarat).
class KeywordMatcher
{
public:
    struct Keyword
    {
        QString word;
        QString category;
        QString note;
    };
    struct Hit
    {
        qsizetype offset = 0; ///< in the text that was searched
        qsizetype length = 0;
        int keyword = 0; ///< index into keywords()
    };

    KeywordMatcher() = default;
    explicit KeywordMatcher(QList<Keyword> keywords);

    const QList<Keyword> &keywords() const { return m_keywords; }
    bool isEmpty() const { return m_keywords.isEmpty(); }
    /// Every occurrence, ordered by offset (overlapping ones included).
    QList<Hit> find(QStringView text) const;
    /// Full-width ASCII to half-width, upper to lower case; same length as the input.
    static QString fold(QStringView text);

private:
    QList<Keyword> m_keywords;
    AhoCorasick m_matcher;
};

} // namespace xj
