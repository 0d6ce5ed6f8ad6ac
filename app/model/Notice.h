// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace xj {

/// A rectification notice (整改通知书) sent to a site's host unit after a round: its number
/// (文号) from the office's pattern and running counter, the date it was issued, and the deadline
/// N working days later. The problems it lists are the site's findings; they are not copied here.
struct Notice
{
    qint64 id = 0;
    qint64 roundId = 0;
    qint64 siteId = 0;
    QString number; ///< 安电政发〔2026〕12号
    int year = 0;   ///< the year of the running counter
    int serial = 0; ///< the counter's value
    QDate issuedOn;
    int workingDays = 10;
    QDate deadline;
    QString requirements; ///< 整改要求 for this site; empty: the office's standard text
};

/// The office's standing details for notices and reports, kept in the database (app_meta) so the
/// command line and every window use the same ones.
struct NoticeSettings
{
    QString officeName;    ///< 发文机关 and 落款
    QString numberPattern; ///< e.g. 安电政发〔{year}〕{n}号
    int firstSerial = 1;   ///< where this year's counter starts when no notice has a number yet
    int workingDays = 10;  ///< deadline: working days after the notice date
    QString contactPerson;
    QString contactPhone;
    QString feedbackMethod; ///< 反馈方式
    QString requirements;   ///< standard 整改要求
    QString addressee;      ///< 主送 of the round report
};

} // namespace xj
