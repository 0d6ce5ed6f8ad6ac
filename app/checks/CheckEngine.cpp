// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/CheckEngine.h"

#include "checks/CheckCatalogue.h"
#include "checks/CheckContext.h"
#include "checks/CheckDictionaries.h"
#include "checks/CheckRegistry.h"
#include "checks/ChecksLogging.h"
#include "checks/PageSnapshot.h"

#include <QElapsedTimer>

#include <algorithm>
#include <tuple>

namespace xj {

CheckEngine::CheckEngine(std::shared_ptr<const CheckDictionaries> dictionaries)
    : m_dictionaries(std::move(dictionaries))
{}

Candidates CheckEngine::run(const PageSnapshot &page, const CheckOptions &options) const
{
    QElapsedTimer timer;
    timer.start();
    const CheckContext context(*m_dictionaries, options.settings, options.allowList);
    Candidates all;
    for (const auto &check : CheckRegistry::checks()) {
        const QStringList ids = check->checkIds();
        if (std::all_of(ids.cbegin(), ids.cend(),
                        [&](const QString &id) { return options.disabledChecks.contains(id); }))
            continue;
        QElapsedTimer checkTimer;
        checkTimer.start();
        check->run(page, context, all);
        qCDebug(lcChecks) << ids.first() << "took" << checkTimer.nsecsElapsed() / 1000 << "µs";
    }
    Candidates out;
    out.reserve(all.size());
    for (Candidate &c : all) {
        if (options.disabledChecks.contains(c.checkId))
            continue;
        complete(c, page);
        if (options.allowList.allows(c, page) || options.dismissed.contains(c.dismissalKey()))
            continue;
        out.append(std::move(c));
    }
    // Document order; candidates without a text position (meta tags, the whole page) first.
    std::stable_sort(out.begin(), out.end(), [](const Candidate &a, const Candidate &b) {
        return std::tie(a.block, a.offset, a.checkId) < std::tie(b.block, b.offset, b.checkId);
    });
    out.erase(std::unique(out.begin(), out.end(),
                          [](const Candidate &a, const Candidate &b) {
                              return a.checkId == b.checkId && a.block == b.block && a.offset == b.offset &&
                                     a.length == b.length && a.text == b.text && a.selector == b.selector;
                          }),
              out.end());
    qCDebug(lcChecks) << page.url << out.size() << "candidates in" << timer.elapsed() << "ms";
    return out;
}

void CheckEngine::complete(Candidate &c, const PageSnapshot &page) const
{
    if (const CheckCatalogue::Entry *entry = CheckCatalogue::find(c.checkId)) {
        if (c.itemCode.isEmpty())
            c.itemCode = QString::fromLatin1(entry->itemCode);
        if (c.category.isEmpty())
            c.category = QString::fromLatin1(entry->category);
    }
    if (c.block < 0 || c.block >= page.blocks.size())
        return;
    const TextBlock &b = page.blocks.at(c.block);
    if (c.selector.isEmpty())
        c.selector = b.selector;
    if (c.box.isNull())
        c.box = b.box;
    if (c.context.isEmpty() && c.offset >= 0) {
        const qsizetype from = qMax<qsizetype>(0, c.offset - ContextCharacters);
        const qsizetype to = qMin(b.text.size(), c.offset + c.length + ContextCharacters);
        c.context = (from > 0 ? QStringLiteral("…") : QString()) + b.text.mid(from, to - from) +
                    (to < b.text.size() ? QStringLiteral("…") : QString());
    }
}

} // namespace xj
