// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace xj {

/// One site's line in the public results (检查结果公示). Only what an office publishes: names,
/// type, score, result and how its problems were put right; never a person, a phone number or an
/// inspector. The texts are final, in Chinese, ready for the table cells.
struct PublicResultRow
{
    int number = 0; ///< 序号, from 1 in the order of the site list
    QString siteName;
    QString unitName;
    QString type;          ///< 网站, 门户网站 or the new-media platform
    QString score;         ///< "92.5", 单项否决, or — when there is no final score
    QString result;        ///< 合格, 不合格, 未完成 or 未检查
    int found = 0;         ///< problems confirmed in the round (false positives and candidates left out)
    int rectified = 0;     ///< re-check passed
    int notRectified = 0;  ///< re-check failed
    int pending = 0;       ///< confirmed, notified or fed back: not re-checked yet
    QString rectification; ///< 已整改, 整改中, 未整改, 无需整改 or —

    /// The row as table cells, in the order of PublicResultsWording::headers().
    QStringList cells() const;
};

/// The figures above the table.
struct PublicResultsSummary
{
    int sites = 0; ///< every site of the round, checked or not
    int checked = 0;
    int qualified = 0;
    int unqualified = 0;
    int undecided = 0; ///< checked but not every item judged
    int found = 0;
    int rectified = 0;
    int notRectified = 0;
    int pending = 0;
    /// qualified ÷ (qualified + unqualified); sites without a final result do not count.
    double passRate() const
    {
        return qualified + unqualified > 0 ? double(qualified) / (qualified + unqualified) : 0;
    }
};

/// A round's public results, built once and written as a web page or a workbook.
struct PublicResults
{
    QString title; ///< {office}{round}政府网站和政务新媒体检查结果公示
    QString officeName;
    QString roundName;
    QDate publishedOn;
    PublicResultsSummary summary;
    QList<PublicResultRow> rows;
};

} // namespace xj
