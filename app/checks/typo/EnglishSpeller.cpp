// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/typo/EnglishSpeller.h"

#include "checks/ChecksLogging.h"

#include <QFile>
#include <QMutexLocker>
#include <QRegularExpression>

#include <hunspell.hxx>

namespace xj {

EnglishSpeller::EnglishSpeller(const QString &affix, const QString &dictionary, const QStringList &extraWords)
{
    if (affix.isEmpty() || dictionary.isEmpty() || !QFile::exists(affix) || !QFile::exists(dictionary))
        return;
    m_hunspell = std::make_unique<Hunspell>(QFile::encodeName(affix).constData(),
                                            QFile::encodeName(dictionary).constData());
    // en_US is ISO-8859-1 in Debian; words of the project list are ASCII, so Latin-1 fits both.
    for (const QString &word : extraWords)
        m_hunspell->add(word.toLatin1().toStdString());
}

EnglishSpeller::~EnglishSpeller() = default;

bool EnglishSpeller::isCorrect(const QString &word) const
{
    if (!m_hunspell || word.isEmpty())
        return true;
    QMutexLocker lock(&m_mutex);
    if (const auto it = m_cache.constFind(word); it != m_cache.cend())
        return it.value();
    bool correct = m_hunspell->spell(word.toLatin1().toStdString());
    if (!correct && isPinyin(word))
        correct = true;
    m_cache.insert(word, correct);
    return correct;
}

QStringList EnglishSpeller::suggestions(const QString &word, int count) const
{
    if (!m_hunspell)
        return {};
    QMutexLocker lock(&m_mutex);
    auto it = m_suggestions.find(word);
    if (it == m_suggestions.end()) {
        QStringList all;
        for (const std::string &s : m_hunspell->suggest(word.toLatin1().toStdString()))
            all.append(QString::fromLatin1(s.c_str()));
        it = m_suggestions.insert(word, all);
    }
    return it.value().mid(0, count);
}

bool EnglishSpeller::isPinyin(const QString &word)
{
    // Greedy longest-first segmentation into Mandarin syllables: "Qinghe" = qing + he. Place and
    // person names in pinyin are correct English text on government pages.
    static const QRegularExpression syllables(
        QStringLiteral(
            "^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uan|ian|iao|uai|ai|ei|"
            "ao|ou|an|en|in|un|un|ia|ie|iu|ua|uo|ue|ui|ve|er|a|e|i|o|u|v))+$"),
        QRegularExpression::CaseInsensitiveOption);
    return word.size() >= 2 && syllables.match(word).hasMatch();
}

} // namespace xj
