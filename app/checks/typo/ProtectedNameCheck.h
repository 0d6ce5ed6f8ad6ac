// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/PageCheck.h"

#include <QCoreApplication>

namespace xj {

/// typo.protected_name: near misses of protected names, organisation names and fixed political
/// terms (林正禾 for 林正和), and a protected person named with a title that is not theirs. Both
/// are serious errors (严重表述错误) under W-V1.
class ProtectedNameCheck final : public PageCheck
{
    Q_DECLARE_TR_FUNCTIONS(xj::ProtectedNameCheck)
public:
    QStringList checkIds() const override;
    void run(const PageSnapshot &page, const CheckContext &context, Candidates &out) const override;
};

} // namespace xj
