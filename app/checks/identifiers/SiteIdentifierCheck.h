// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/PageCheck.h"

#include <QCoreApplication>

namespace xj {

/// The record items a government site shows in its footer (indicators.md §6 G-5, G-6, G-7; problem
/// category P14): the 网站标识码 and its SiteIDCode meta tag ("identifier.site_code"), the ICP record
/// number ("identifier.icp"), the public security record number ("identifier.police") and the
/// 党政机关网站标识 ("identifier.conac"). Each is looked for in the page's whole text, so a label and
/// its value split over inline tags or lines still read as one; a missing, malformed or (against
/// the registry record) different item is proposed. Missing items are proposed once per page with
/// a lower confidence, since a page such as a pop-up may legitimately have no footer.
class SiteIdentifierCheck final : public PageCheck
{
    Q_DECLARE_TR_FUNCTIONS(xj::SiteIdentifierCheck)

public:
    static inline const QString SiteCodeId = QStringLiteral("identifier.site_code");
    static inline const QString IcpId = QStringLiteral("identifier.icp");
    static inline const QString PoliceId = QStringLiteral("identifier.police");
    static inline const QString ConacId = QStringLiteral("identifier.conac");

    QStringList checkIds() const override;
    void run(const PageSnapshot &page, const CheckContext &context, Candidates &out) const override;

    /// The two-digit province code (how a police record number begins, GB/T 2260) that
    /// goes with a one-character province abbreviation: 浙 → 33. 0 for an unknown abbreviation.
    static int provinceCode(QChar abbreviation);

private:
    static void checkSiteCode(const PageSnapshot &page, const QString &folded, Candidates &out);
    static void checkSiteCodeMeta(const PageSnapshot &page, const QString &footerCode, Candidates &out);
    static void checkIcp(const PageSnapshot &page, const QString &folded, Candidates &out);
    static void checkPolice(const PageSnapshot &page, const QString &folded, Candidates &out);
    static void checkConac(const PageSnapshot &page, Candidates &out);
};

} // namespace xj
