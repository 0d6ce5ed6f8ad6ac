// SPDX-License-Identifier: GPL-3.0-or-later
#include "matching/FindingSubject.h"

namespace xj {

MatchSubject FindingSubject::of(const Finding &finding)
{
    return {
        finding.itemCode, finding.url, finding.elementSelector, {finding.elementText, finding.description}};
}

QList<MatchSubject> FindingSubject::of(const QList<Finding> &findings)
{
    QList<MatchSubject> subjects;
    subjects.reserve(findings.size());
    for (const Finding &finding : findings)
        subjects.append(of(finding));
    return subjects;
}

} // namespace xj
