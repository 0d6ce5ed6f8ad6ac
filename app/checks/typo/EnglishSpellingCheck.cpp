// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/typo/EnglishSpellingCheck.h"

#include "checks/CheckContext.h"
#include "checks/CheckDictionaries.h"
#include "checks/PageSnapshot.h"
#include "checks/typo/EnglishSpeller.h"

#include <QSet>

namespace xj {

namespace {

constexpr int MaxPerPage = 50;

bool isLatinLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

} // namespace

QStringList EnglishSpellingCheck::checkIds() const
{
    return {QStringLiteral("typo.english")};
}

void EnglishSpellingCheck::run(const PageSnapshot &page, const CheckContext &context, Candidates &out) const
{
    const EnglishSpeller &speller = context.dictionaries().english();
    if (!speller.isAvailable())
        return;
    int reported = 0;
    QSet<QString> seen;
    for (int i = 0; i < page.blocks.size() && reported < MaxPerPage; ++i) {
        const TextBlock &b = page.blocks.at(i);
        if (!b.isVisible())
            continue;
        const QString &text = b.text;
        // Runs of Latin letters, found by hand: a regular expression tried at every position of a
        // long Chinese page costs more than all the other checks together.
        for (qsizetype at = 0; at < text.size() && reported < MaxPerPage;) {
            if (!isLatinLetter(text.at(at))) {
                ++at;
                continue;
            }
            qsizetype end = at;
            while (end < text.size() &&
                   (isLatinLetter(text.at(end)) ||
                    (text.at(end) == u'\'' && end + 1 < text.size() && isLatinLetter(text.at(end + 1)))))
                ++end;
            const qsizetype start = at;
            at = end;
            // A token touching digits, '@', '.', '/', '_' or '-' belongs to an address, a file name
            // or a code and is not English prose.
            const auto joins = [](QChar c) {
                return c.isDigit() || c == u'@' || c == u'/' || c == u'_' || c == u'-' || c == u'\\' ||
                       isLatinLetter(c);
            };
            if ((start > 0 && (joins(text.at(start - 1)) || text.at(start - 1) == u'.')) ||
                (end < text.size() &&
                 (joins(text.at(end)) ||
                  (text.at(end) == u'.' && end + 1 < text.size() && text.at(end + 1).isLetterOrNumber()))))
                continue;
            const QString w = text.mid(start, end - start);
            if (w.size() < context.settings().englishMinimumWordLength || w == w.toUpper() ||
                seen.contains(w))
                continue;
            // CamelCase inside a word is a product or code name (WeChat, iPhone).
            if (std::any_of(w.cbegin() + 1, w.cend(), [](QChar c) { return c.isUpper(); }))
                continue;
            if (speller.isCorrect(w))
                continue;
            seen.insert(w);
            Candidate c;
            c.checkId = QStringLiteral("typo.english");
            c.text = w;
            const QStringList suggestions = speller.suggestions(w, 3);
            c.suggestion = suggestions.value(0);
            c.block = i;
            c.offset = start;
            c.length = end - start;
            c.confidence = 0.6;
            c.message = suggestions.isEmpty()
                            ? tr("“%1” is not an English word in the dictionary.").arg(w)
                            : tr("“%1” is not an English word in the dictionary; did you mean %2?")
                                  .arg(w, suggestions.join(QStringLiteral(", ")));
            out.append(c);
            ++reported;
        }
    }
}

} // namespace xj
