// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SqlScript.h"

namespace xj {

namespace {

// Counts BEGIN … END (and CASE … END) nesting inside trigger bodies.
int blockDepthChange(const QString &word)
{
    if (word.compare(QLatin1String("BEGIN"), Qt::CaseInsensitive) == 0 ||
        word.compare(QLatin1String("CASE"), Qt::CaseInsensitive) == 0)
        return 1;
    if (word.compare(QLatin1String("END"), Qt::CaseInsensitive) == 0)
        return -1;
    return 0;
}

} // namespace

QStringList splitSqlStatements(const QString &script)
{
    QStringList statements;
    QString current;
    QString word;
    int depth = 0;
    bool isTrigger = false;
    const qsizetype n = script.size();

    auto endWord = [&] {
        if (word.isEmpty())
            return;
        if (word.compare(QLatin1String("TRIGGER"), Qt::CaseInsensitive) == 0)
            isTrigger = true;
        if (isTrigger)
            depth += blockDepthChange(word);
        word.clear();
    };

    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        if (c == QLatin1Char('-') && i + 1 < n && script.at(i + 1) == QLatin1Char('-')) {
            endWord();
            while (i < n && script.at(i) != QLatin1Char('\n'))
                ++i;
            current += QLatin1Char('\n');
            continue;
        }
        if (c == QLatin1Char('/') && i + 1 < n && script.at(i + 1) == QLatin1Char('*')) {
            endWord();
            const qsizetype close = script.indexOf(QLatin1String("*/"), i + 2);
            i = close < 0 ? n : close + 1;
            current += QLatin1Char(' ');
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            endWord();
            qsizetype j = i + 1;
            while (j < n) {
                if (script.at(j) == c) {
                    if (j + 1 < n && script.at(j + 1) == c) {
                        j += 2; // doubled quote inside the literal
                        continue;
                    }
                    break;
                }
                ++j;
            }
            current += script.mid(i, j - i + 1);
            i = j;
            continue;
        }
        if (c.isLetter() || c == QLatin1Char('_')) {
            word += c;
        } else {
            endWord();
        }
        if (c == QLatin1Char(';') && depth == 0) {
            const QString s = current.trimmed();
            if (!s.isEmpty())
                statements.append(s);
            current.clear();
            isTrigger = false;
            continue;
        }
        current += c;
    }
    endWord();
    const QString tail = current.trimmed();
    if (!tail.isEmpty())
        statements.append(tail);
    return statements;
}

} // namespace xj
