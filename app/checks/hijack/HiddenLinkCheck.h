// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/PageCheck.h"
#include "checks/PageSnapshot.h"

#include <QCoreApplication>

namespace xj {

/// 暗链: a link to another site that readers cannot see (display:none, pushed off screen, zero
/// size, text in the background colour, …). Search engines still follow it, which is what the
/// people who plant it are paid for. Links to the site itself, its parent portal and allow-listed
/// hosts (*.gov.cn) are not reported: collapsed menus hide on-site links legitimately.
class HiddenLinkCheck final : public PageCheck
{
    Q_DECLARE_TR_FUNCTIONS(xj::HiddenLinkCheck)
public:
    QStringList checkIds() const override;
    void run(const PageSnapshot &page, const CheckContext &context, Candidates &out) const override;

    /// The ways of hiding in `how`, for a reader: "display:none, off screen". Shared with the
    /// other hijack checks so every message names the reasons the same way.
    static QString describe(Concealments how);
    /// How sure a hidden off-site link is 暗链: the blunt tricks are never used for design.
    static double confidence(Concealments how);
};

} // namespace xj
