// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace xj {

/// The toneless pinyin of every CJK ideograph of the Basic Multilingual Plane, from ICU's
/// Han-Latin transliteration, as small integer sound ids: two characters with the same id are
/// homophones (同音字), tones ignored, as in a typist's pinyin input method where homophone slips
/// come from. Built once per process; the table is shared and read-only afterwards.
class PinyinTable
{
public:
    static const PinyinTable &instance();

    /// 0 for characters without a reading (not Han, or unknown to ICU).
    quint16 soundOf(char16_t c) const { return c < m_sounds.size() ? m_sounds[c] : 0; }
    /// The syllable of a sound id: "zhong".
    QString syllable(quint16 sound) const;
    /// The syllable of a character, or an empty string.
    QString pinyinOf(QChar c) const { return syllable(soundOf(c.unicode())); }
    bool isAvailable() const { return m_syllables.size() > 1; }
    /// Milliseconds the table took to build (reported by the benchmark).
    qint64 buildMilliseconds() const { return m_buildMs; }

private:
    PinyinTable();
    std::vector<quint16> m_sounds; ///< by UTF-16 unit
    std::vector<QString> m_syllables;
    qint64 m_buildMs = 0;
};

} // namespace xj
