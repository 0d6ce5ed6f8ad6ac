// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Site.h"
#include "report/publish/PublicResults.h"

#include <QString>
#include <QStringList>

#include <utility>

namespace xj {

/// Every word of the public results in one place. The results are published in Chinese whatever
/// the interface language, like the notices and the round report, so these are Chinese literals
/// rather than tr() texts; the web page and the workbook take them from here so they always agree.
class PublicResultsWording
{
public:
    /// 序号, 网站/账号名称, 主办单位, 类型, 得分, 检查结果, 发现问题, 已整改, 未整改, 整改中, 整改状态.
    static QStringList headers();
    /// "{office}{round}政府网站和政务新媒体检查结果公示"; without an office name, the round's alone.
    static QString title(const QString &officeName, const QString &roundName);
    /// 门户网站, 网站, or the new-media platform (政务新媒体 when unknown); in Chinese whatever the
    /// interface language, unlike siteTypeLabel().
    static QString siteType(const Site &site);
    /// 发布日期：2026年11月27日
    static QString publishedLine(const QDate &date);
    /// One paragraph with the round's figures: how many checked, qualified, unqualified, the pass
    /// rate, and how the problems found were put right.
    static QString summarySentence(const PublicResultsSummary &summary);
    /// The figures as label and value pairs: 检查数量, 合格, 不合格, 合格率, 发现问题, 已整改, 未整改,
    /// 整改中.
    static QList<std::pair<QString, QString>> figures(const PublicResultsSummary &summary);
    /// Under the table: what 单项否决 and the rectification columns mean.
    static QString note();
    /// The workbook's worksheet.
    static QString sheetName();

    static QString qualified();
    static QString unqualified();
    static QString undecided();
    static QString unchecked();
    static QString veto();
    static QString none();
    static QString rectified();
    static QString rectifying();
    static QString notRectified();
    static QString nothingToRectify();
    /// "87.5%": one decimal, as the round report writes rates.
    static QString percent(double ratio);
};

} // namespace xj
