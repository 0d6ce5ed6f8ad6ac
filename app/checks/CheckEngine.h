// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/AllowList.h"
#include "checks/Candidate.h"
#include "checks/CheckSettings.h"

#include <QSet>

#include <memory>

namespace xj {

class CheckDictionaries;
struct PageSnapshot;

/// What a run should leave out and how strict it is.
struct CheckOptions
{
    QSet<QString> disabledChecks; ///< check ids switched off in the checks menu
    CheckSettings settings;
    AllowList allowList;     ///< the office's global and per-site allow-lists
    QSet<QString> dismissed; ///< Candidate::dismissalKey() of candidates dismissed on this page
};

/// Runs every registered check on a page snapshot and returns the candidates an inspector should
/// see: in document order, each with its checklist item, element and surrounding text, without
/// switched-off checks, allow-listed text or what was dismissed on this page. The same engine
/// serves the live page in the workbench, saved HTML files in the CLI and, later, crawled pages.
class CheckEngine
{
public:
    explicit CheckEngine(std::shared_ptr<const CheckDictionaries> dictionaries);

    const CheckDictionaries &dictionaries() const { return *m_dictionaries; }
    Candidates run(const PageSnapshot &page, const CheckOptions &options = {}) const;

    /// Characters of context on each side of a match.
    static constexpr int ContextCharacters = 24;

private:
    void complete(Candidate &candidate, const PageSnapshot &page) const;

    std::shared_ptr<const CheckDictionaries> m_dictionaries;
};

} // namespace xj
