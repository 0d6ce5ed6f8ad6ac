// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Running one automated check on a hand-made page, for the tests of each family of checks.

#include "checks/CheckContext.h"
#include "checks/CheckDictionaries.h"
#include "checks/PageCheck.h"
#include "checks/PageSnapshot.h"

#include <initializer_list>

namespace CheckTestRun {

/// The candidates `check` proposes for `page`, with the given word lists and default settings.
inline xj::Candidates run(const xj::PageCheck &check, const xj::PageSnapshot &page,
                          const xj::CheckDictionaries::Lists &lists = {})
{
    const xj::CheckDictionaries dictionaries(lists);
    const xj::CheckSettings settings;
    const xj::AllowList allowList;
    const xj::CheckContext context(dictionaries, settings, allowList);
    xj::Candidates out;
    check.run(page, context, out);
    return out;
}

/// "id|text|block:offset" (and "|confidence"), which compares and prints well.
inline QStringList describe(const xj::Candidates &candidates, bool withConfidence = false)
{
    QStringList out;
    for (const xj::Candidate &c : candidates) {
        QString line = c.checkId + QLatin1Char('|') + c.text + QLatin1Char('|') + QString::number(c.block) +
                       QLatin1Char(':') + QString::number(c.offset);
        if (withConfidence)
            line += QLatin1Char('|') + QString::number(c.confidence);
        out.append(line);
    }
    return out;
}

/// Block texts written as UTF-8 literals.
inline QStringList lines(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

inline QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace CheckTestRun
