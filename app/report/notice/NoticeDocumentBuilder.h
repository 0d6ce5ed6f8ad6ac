// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "model/Notice.h"
#include "report/document/ReportTemplate.h"
#include "report/notice/RoundData.h"

#include <QCoreApplication>

namespace xj {

/// Fills the rectification-notice template for one site: the values ({{site.name}},
/// {{notice.deadline}} …), the problem table with each finding's picture and page address, and the
/// reply slip (回执) the unit sends back. The text is Chinese whatever language the window speaks:
/// it is an official document.
class NoticeDocumentBuilder
{
    Q_DECLARE_TR_FUNCTIONS(xj::NoticeDocumentBuilder)
public:
    static constexpr const char *TemplateName = "rectification-notice";

    static TemplateContext context(const Round &round, const SiteRoundData &site, const Notice &notice,
                                   const NoticeSettings &settings);
    static Result<ReportDocument> build(const ReportTemplate &layout, const Round &round,
                                        const SiteRoundData &site, const Notice &notice,
                                        const NoticeSettings &settings);

    /// 2026年11月27日, as GB/T 9704-2012 writes dates (Arabic numerals).
    static QString chineseDate(const QDate &date);
    /// 单项否决 / 扣分 / 提示
    static QString judgement(FindingSeverity severity);
    /// One sentence on the site's result: qualified with a score, or unqualified and why.
    static QString resultSummary(const SiteRoundData &site);
    static ReportTable problemTable(const SiteRoundData &site);
    static ReportTable receiptTable();
};

} // namespace xj
