// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Running one automated check on a hand-made page, for the tests of each family of checks.

#include "checks/CheckContext.h"
#include "checks/CheckDictionaries.h"
#include "checks/PageCheck.h"
#include "checks/PageSnapshot.h"

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

inline QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace CheckTestRun
