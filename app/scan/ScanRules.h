// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace xj {

/// The thresholds a scan judges a site by (indicators.md §2 and §9). Defaults follow the 2019
/// indicators; every number stays configurable, because some are unverified ([R]/[P]) and local
/// schemes are stricter. Stored with each scan so a result can be explained later.
struct ScanRules
{
    Q_DECLARE_TR_FUNCTIONS(xj::ScanRules)
public:
    /// The office's thresholds: `scan-rules.json` in the data folder, if there is one.
    static constexpr const char *FileName = "scan-rules.json";

    // W-V3 首页不更新: no item dated within this many days before T.
    int homeWindowDays = 14;
    // W-V4 栏目不更新: windows per column class, and the counts that make a veto.
    int newsWindowDays = 14;            ///< 动态、要闻
    int noticePolicyWindowMonths = 6;   ///< 通知公告、政策文件 (first-level columns)
    int personnelPlanWindowMonths = 12; ///< 人事、规划计划 ([V] 考察点)
    int updatingWindowMonths = 12;      ///< other columns that should be updated [R]
    int staleVetoCount = 5;             ///< stale 动态 + 通知/政策 columns
    int updatingVetoCount = 10;         ///< stale "should update" columns
    int blankVetoCount = 5;             ///< blank columns
    // W-V5 互动回应差 and W-D8 留言办理.
    int messageLookbackMonths = 12;
    int unansweredMonths = 3;
    int replyWorkingDays = 5;      ///< [P] yardstick for simple questions
    int boilerplateMinRepeats = 3; ///< the same reply text to at least this many messages
    // W-V2 站点无法访问.
    int availabilityWindowDays = 7;
    int probesPerDay = 20;
    int probeTimeoutSeconds = 15;
    double unavailableVetoRatio = 0.05;

    QJsonObject toJson() const;
    /// Missing keys keep their defaults, so an older scan or a partial file still reads.
    static ScanRules fromJson(const QJsonObject &json);
    /// The rules of a data folder: the defaults with what its scan-rules.json sets. A file that is
    /// not a JSON object is an error naming the file, so a typo never silently changes a verdict.
    static Result<ScanRules> forDataDirectory(const QString &dataDirectory);
};

} // namespace xj
