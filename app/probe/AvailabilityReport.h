// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probe/ProbeResult.h"
#include "scan/ScanCandidate.h"
#include "scan/ScanRules.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>

namespace xj {

/// The W-V2 verdict for one site: of the probes in the monitoring window (the
/// availabilityWindowDays × 24 h ending at T), how many failed, and whether that reaches the veto
/// ratio ("超过(含)5%": exactly 5 % is a veto). The window is cut into 24-hour periods ending at T,
/// so with T at midnight they are calendar days and with T = now the last period is a full day too.
/// Monitoring counts as sufficient only when every period has at least probesPerDay attempts
/// ("每天…20次以上"); a ratio from fewer attempts is shown, but flagged.
class AvailabilityReport
{
    Q_DECLARE_TR_FUNCTIONS(xj::AvailabilityReport)
public:
    /// One period of the timeline.
    struct Day
    {
        QDate date; ///< local date of `from`: the calendar day when T is midnight
        QDateTime from;
        QDateTime to; ///< exclusive
        int attempts = 0;
        int failures = 0;
    };

    AvailabilityReport() = default;
    /// `records` may hold probes outside the window; they are ignored.
    AvailabilityReport(const ProbeResults &records, const QDateTime &end, const ScanRules &rules = {});
    /// The window ending at the end of `lastDay` (local midnight after it).
    static QDateTime endOfDay(const QDate &lastDay);

    QDateTime from() const { return m_from; }
    QDateTime to() const { return m_to; }
    const ScanRules &rules() const { return m_rules; }
    /// The probed address (of the newest probe in the window).
    QString url() const { return m_url; }

    int attempts() const { return m_attempts; }
    int failures() const { return m_failures; }
    /// failures / attempts; 0 without attempts.
    double ratio() const;
    const QList<Day> &days() const { return m_days; }
    /// Periods with fewer attempts than probesPerDay.
    int shortDays() const;
    bool isSufficient() const { return m_attempts > 0 && shortDays() == 0; }
    bool isVetoed() const;
    /// The failed probes in the window, oldest first: the evidence.
    const ProbeResults &failedProbes() const { return m_failed; }
    /// Every vantage point that probed in the window.
    QStringList vantages() const { return m_vantages; }

    /// One `site.unavailable` candidate with the evidence when vetoed; none otherwise.
    ScanCandidates candidates() const;
    /// The numbers, the verdict, the timeline and the failed probes.
    QJsonObject toJson() const;
    /// "3 / 140 (2.1 %)", for headlines and messages.
    QString ratioText() const;

private:
    ScanRules m_rules;
    QDateTime m_from;
    QDateTime m_to;
    QString m_url;
    int m_attempts = 0;
    int m_failures = 0;
    QList<Day> m_days;
    ProbeResults m_failed;
    QStringList m_vantages;
};

} // namespace xj
