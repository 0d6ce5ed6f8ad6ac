// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/PageCheck.h"

#include <QCoreApplication>
#include <QSet>

namespace xj {

/// 挂马 and hijacking redirects: scripts, frames and plug-ins loaded from a host that is neither
/// the site's own nor on the allow-list, redirects to such a host (meta refresh, `location = …`,
/// `window.open(…)` in an inline script), and the obfuscation that usually wraps injected code
/// (eval of decoded strings, long escape runs, document.write of a foreign script or frame).
/// Each foreign address is reported once, whether the facts collector or the inline script
/// reading found it first.
class ForeignScriptCheck final : public PageCheck
{
    Q_DECLARE_TR_FUNCTIONS(xj::ForeignScriptCheck)
public:
    /// Longest excerpt of an inline script shown as the candidate's text.
    static constexpr int excerptLength = 80;

    QStringList checkIds() const override;
    void run(const PageSnapshot &page, const CheckContext &context, Candidates &out) const override;

private:
    void checkRedirects(const PageSnapshot &page, const CheckContext &context, QSet<QString> &seen,
                        Candidates &out) const;
    void checkInlineScript(const QString &script, const PageSnapshot &page, const CheckContext &context,
                           QSet<QString> &seen, Candidates &out) const;
};

} // namespace xj
