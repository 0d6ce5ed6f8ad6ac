// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "model/Finding.h"
#include "report/notice/RoundData.h"
#include "report/publish/PublicResults.h"

namespace xj {

class Database;

/// Works out a round's public results (检查结果公示): one row per site of the round with its
/// score, result and how its problems were put right, and the figures above the table. Findings
/// count by state: re-check passed is 已整改, re-check failed is 未整改, confirmed, notified and fed
/// back are 整改中; candidates, false positives and doubtful ones are not problems and do not
/// count. Nothing personal goes in: no person in charge, phone number or inspector.
class PublicResultsBuilder
{
public:
    /// `findings`: every finding of the round, in any state (RoundData keeps only those still to
    /// rectify, so it cannot tell what was put right).
    static PublicResults build(const RoundData &data, const QList<Finding> &findings,
                               const QString &officeName, const QDate &publishedOn);
    /// Reads the round's findings and builds.
    static Result<PublicResults> load(const Database &database, const RoundData &data,
                                      const QString &officeName, const QDate &publishedOn);

    /// The score cell: 单项否决 after a veto failure, the total once the result is final, else —.
    static QString scoreText(const SiteRoundData &site);
    /// 合格, 不合格, 未完成 (checked, not every item judged) or 未检查.
    static QString resultText(const SiteRoundData &site);
    /// 无需整改 without problems (unless the site failed), 未整改 when a re-check failed, 整改中
    /// while any is not re-checked, else 已整改; — for a site not checked.
    static QString rectificationText(const PublicResultRow &row, const SiteRoundData &site);
};

} // namespace xj
