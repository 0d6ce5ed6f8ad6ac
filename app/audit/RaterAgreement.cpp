// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/RaterAgreement.h"

#include <QHash>

namespace xj {

RaterAgreement RaterAgreement::of(const QList<QPair<QString, QString>> &verdicts)
{
    RaterAgreement result;
    result.pairs = int(verdicts.size());
    if (verdicts.isEmpty())
        return result;
    QHash<QString, int> countA;
    QHash<QString, int> countB;
    int equal = 0;
    for (const auto &[a, b] : verdicts) {
        ++countA[a];
        ++countB[b];
        if (a == b)
            ++equal;
    }
    const double n = result.pairs;
    result.observed = equal / n;
    for (auto it = countA.cbegin(); it != countA.cend(); ++it)
        result.expected += (it.value() / n) * (countB.value(it.key()) / n);
    // p_e = 1 only when both teams used a single, identical verdict: kappa is undefined there.
    if (1.0 - result.expected > 1e-12)
        result.kappa = (result.observed - result.expected) / (1.0 - result.expected);
    return result;
}

} // namespace xj
