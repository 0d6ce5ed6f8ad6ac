// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/AllowList.h"

#include "checks/PageSnapshot.h"

namespace xj {

AllowList::AllowList(QList<Entry> entries)
    : m_entries(std::move(entries))
{}

void AllowList::add(const Entry &entry)
{
    if (!entry.text.isEmpty())
        m_entries.append(entry);
}

bool AllowList::allows(const Candidate &candidate, const PageSnapshot &page) const
{
    const bool positioned = candidate.hasTextPosition() && candidate.block < page.blocks.size();
    const QString blockText = positioned ? page.blocks.at(candidate.block).text : QString();
    for (const Entry &e : m_entries) {
        if (!e.checkId.isEmpty() && e.checkId != candidate.checkId)
            continue;
        if (e.text == candidate.text)
            return true;
        if (!positioned || e.text.size() < candidate.length)
            continue;
        // Every occurrence of the allowed text that could cover the match.
        const qsizetype from = qMax<qsizetype>(0, candidate.offset + candidate.length - e.text.size());
        for (qsizetype at = blockText.indexOf(e.text, from); at >= 0 && at <= candidate.offset;
             at = blockText.indexOf(e.text, at + 1)) {
            if (at + e.text.size() >= candidate.offset + candidate.length)
                return true;
        }
    }
    return false;
}

} // namespace xj
