// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/typo/ConfusionCheck.h"

#include "checks/CheckContext.h"
#include "checks/CheckDictionaries.h"
#include "checks/PageSnapshot.h"
#include "checks/typo/ConfusionMatcher.h"

namespace xj {

QStringList ConfusionCheck::checkIds() const
{
    return {QStringLiteral("typo.confusion")};
}

void ConfusionCheck::run(const PageSnapshot &page, const CheckContext &context, Candidates &out) const
{
    const ConfusionMatcher &matcher = context.dictionaries().confusion();
    if (matcher.pairs().isEmpty())
        return;
    // One pass over the whole text; hits are then placed in their blocks.
    for (const ConfusionMatcher::Hit &hit : matcher.find(page.text)) {
        const int block = page.blockAt(hit.offset);
        if (block < 0 || !page.blocks.at(block).isVisible())
            continue;
        const TextBlock &b = page.blocks.at(block);
        const ConfusionPair &pair = matcher.pairs().at(hit.pair);
        Candidate c;
        c.checkId = QStringLiteral("typo.confusion");
        c.text = pair.wrong;
        c.suggestion = pair.right;
        c.block = block;
        c.offset = hit.offset - b.start;
        c.length = hit.length;
        c.confidence = 0.9;
        c.message = tr("“%1” is a common miswriting of “%2”.").arg(pair.wrong, pair.right);
        out.append(c);
    }
}

} // namespace xj
