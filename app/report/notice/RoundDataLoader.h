// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "report/notice/RoundData.h"

#include <QCoreApplication>
#include <QSet>

namespace xj {

class Database;

/// Reads a round for export: the sites the round covers (every site of a kind the round has a
/// checklist for, plus any other site with verdicts or findings in it), their units, scores and
/// the findings to rectify with the path of their picture in the evidence store.
class RoundDataLoader
{
    Q_DECLARE_TR_FUNCTIONS(xj::RoundDataLoader)
public:
    /// `siteIds` empty: every site of the round.
    static Result<RoundData> load(const Database &database, const QString &dataDirectory, qint64 roundId,
                                  const QSet<qint64> &siteIds = {});
    /// Whether a finding in this state goes on a notice and a problem list.
    static bool needsRectification(FindingState state);
};

} // namespace xj
