// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace xj {

/// How far two teams agree on the same judgements (peer audits, 互查): each pair is one checklist
/// item of one site as judged by team A and by team B (合格, 不合格, 不适用 …). Percent agreement is the
/// share of equal pairs; Cohen's kappa corrects it for the agreement two teams would reach by chance
/// with their own mix of verdicts: κ = (p_o − p_e) / (1 − p_e), where p_e sums, over every verdict,
/// the product of the two teams' shares of it.
struct RaterAgreement
{
    int pairs = 0;
    double observed = 0; ///< p_o, 0…1
    double expected = 0; ///< p_e, 0…1
    /// None when there is nothing to compare, or when chance alone explains full agreement (both
    /// teams gave one and the same verdict to everything, p_e = 1).
    std::optional<double> kappa;

    static RaterAgreement of(const QList<QPair<QString, QString>> &verdicts);
};

} // namespace xj
