// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace xj {

/// One line of a problem list (问题清单): a finding with everything a host unit needs to find
/// the problem again, already in words (the judgement and state are translated labels).
struct ProblemListRow
{
    int number = 0; ///< 序号 within the site
    QString siteName;
    QString siteUrl;
    QString siteCode; ///< 网站标识码
    QString unitName;
    QString itemCode;  ///< W-V4
    QString itemTitle; ///< 指标 name
    QString judgement; ///< 单项否决 / 扣分 / 提示
    QString description;
    QString pageUrl;
    QDateTime foundAt;
    QString state;
    QString inspector;
    QString screenshotPath; ///< absolute path of the finding's first picture, empty when it has none
};

/// The problems of one site: one sheet of a round's workbook.
struct ProblemListSheet
{
    QString siteName;
    QList<ProblemListRow> rows;
};

} // namespace xj
