// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matching/MatchSubject.h"
#include "model/Finding.h"

#include <QList>

namespace xj {

/// What of a finding the matcher compares: its item, its page, the element picked and the words it
/// quotes (the element's text and the description). One definition for every caller, so the
/// training mode and peer audits pair findings by the same rules.
class FindingSubject
{
public:
    static MatchSubject of(const Finding &finding);
    static QList<MatchSubject> of(const QList<Finding> &findings);
};

} // namespace xj
