// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/PageCheck.h"

#include <QCoreApplication>

namespace xj {

/// typo.confusion: words of the confusion dictionary written in their wrong form (布署 for 部署),
/// in the text a reader sees.
class ConfusionCheck final : public PageCheck
{
    Q_DECLARE_TR_FUNCTIONS(xj::ConfusionCheck)
public:
    QStringList checkIds() const override;
    void run(const PageSnapshot &page, const CheckContext &context, Candidates &out) const override;
};

} // namespace xj
