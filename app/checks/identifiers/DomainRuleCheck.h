// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/PageCheck.h"

#include <QCoreApplication>

namespace xj {

/// The domain rules of the 政府网站发展指引 (indicators.md §6 G-1), on the host of the page
/// ("identifier.domain"): a government site uses a .gov.cn (or .政务) domain, a portal is
/// www.<x>.gov.cn and a department site lives under its parent portal's domain (slj.bd.gov.cn
/// under www.bd.gov.cn). Local copies (IP addresses, localhost) are not judged.
class DomainRuleCheck final : public PageCheck
{
    Q_DECLARE_TR_FUNCTIONS(xj::DomainRuleCheck)

public:
    static inline const QString DomainId = QStringLiteral("identifier.domain");

    QStringList checkIds() const override;
    void run(const PageSnapshot &page, const CheckContext &context, Candidates &out) const override;

    /// Whether the rules do not apply to `host`: empty, an IPv4 or IPv6 literal, localhost or
    /// *.localhost (the demo site, archived pages opened locally).
    static bool isLocalHost(const QString &host);
    /// Whether `host` (lower case, ASCII or Unicode form) ends with .gov.cn or .政务 (xn--zfr164b).
    static bool hasGovernmentSuffix(const QString &host);
};

} // namespace xj
