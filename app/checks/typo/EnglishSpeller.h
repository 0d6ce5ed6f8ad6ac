// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <memory>

class Hunspell;

namespace xj {

/// Hunspell's en_US with the project's word list (government terms, pinyin names) added. Only
/// words of Latin letters are asked; results are cached, since a page repeats its words.
/// Thread-safe: Hunspell itself is not, so calls are serialised.
class EnglishSpeller
{
public:
    /// `affix` and `dictionary` empty: no speller (isAvailable() false, every word passes).
    EnglishSpeller(const QString &affix, const QString &dictionary, const QStringList &extraWords);
    ~EnglishSpeller();

    bool isAvailable() const { return m_hunspell != nullptr; }
    bool isCorrect(const QString &word) const;
    /// Up to `count` suggestions for a misspelt word.
    QStringList suggestions(const QString &word, int count = 3) const;
    /// Whether the word reads as pinyin syllables ("Qinghe", "Xiangcun"): names, not English.
    static bool isPinyin(const QString &word);

private:
    std::unique_ptr<Hunspell> m_hunspell;
    mutable QMutex m_mutex;
    mutable QHash<QString, bool> m_cache;
    mutable QHash<QString, QStringList> m_suggestions; ///< Hunspell's suggest() takes tens of ms a word
};

} // namespace xj
