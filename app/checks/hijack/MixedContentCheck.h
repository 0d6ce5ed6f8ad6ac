// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/PageCheck.h"

#include <QCoreApplication>

namespace xj {

/// Mixed content: an HTTPS page that loads scripts, styles, frames, forms' targets or media over
/// plain HTTP. Browsers block the active kinds (the page then breaks) and warn about the passive
/// ones; either way the page is no longer protected. Ordinary links to http:// pages are not
/// mixed content and are not reported.
class MixedContentCheck final : public PageCheck
{
    Q_DECLARE_TR_FUNCTIONS(xj::MixedContentCheck)
public:
    QStringList checkIds() const override;
    void run(const PageSnapshot &page, const CheckContext &context, Candidates &out) const override;
};

} // namespace xj
