// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/Candidate.h"

#include <QHash>
#include <QList>
#include <QString>

namespace xj {

struct PageSnapshot;

/// Text an office has declared correct: a candidate whose match lies inside an allowed text (for
/// its check, or for every check) is not shown. Entries come from the global and the site's list
/// (kept in the database) and from the bundled dictionaries' allow-lists.
class AllowList
{
public:
    struct Entry
    {
        QString checkId; ///< empty: every check
        QString text;
    };

    AllowList() = default;
    explicit AllowList(QList<Entry> entries);

    void add(const Entry &entry);
    bool isEmpty() const { return m_entries.isEmpty(); }
    const QList<Entry> &entries() const { return m_entries; }
    /// Whether `candidate` is covered: its text equals an entry, or (for a match in the page's
    /// text) an entry occurs in the block around the match and spans all of it.
    bool allows(const Candidate &candidate, const PageSnapshot &page) const;

private:
    QList<Entry> m_entries;
};

} // namespace xj
