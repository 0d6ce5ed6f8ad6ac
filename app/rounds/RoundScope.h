// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "model/Round.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace xj {

class Database;

/// What an inspection round covers. Sites: every active site of the registry (quarterly check,
/// special campaign), the active sites of its units (self-check, peer check), or, for a re-check,
/// the sites that still have open findings in the source round. Items: every checklist item, or
/// the subset a special campaign judges. Computed once; the questions it answers are pure.
class RoundScope
{
    Q_DECLARE_TR_FUNCTIONS(xj::RoundScope)
public:
    static Result<RoundScope> of(const Database &database, const Round &round);
    static Result<RoundScope> load(const Database &database, qint64 roundId);

    /// Whether the round names its sites (units, re-check) instead of covering the whole registry.
    bool isRestricted() const { return m_restricted; }
    /// In ascending id order.
    const QList<qint64> &siteIds() const { return m_siteIds; }
    bool covers(qint64 siteId) const;
    /// Empty: every item counts.
    const QStringList &itemCodes() const { return m_itemCodes; }
    bool countsItem(const QString &itemCode) const { return countsItem(m_itemCodes, itemCode); }
    /// Whether a finding or verdict on `itemCode` belongs to a round judging `itemCodes`. A finding
    /// not yet put on an item (empty code) counts everywhere: the inspector assigns it later.
    static bool countsItem(const QStringList &itemCodes, const QString &itemCode);

private:
    QList<qint64> m_siteIds;
    QStringList m_itemCodes;
    bool m_restricted = false;
};

} // namespace xj
