// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scan/ScanRules.h"

#include <QDateTime>

namespace xj {

/// When a site's home page is probed next (W-V2: "每天间隔性访问20次以上"). The spacing is a day
/// divided by the probes the rule asks for; each interval is then shortened by a small jitter, so
/// that probes drift across the hour (a site down every day at 03:00 is not always missed) and a
/// day never ends up with fewer attempts than the rule needs because a check came a minute late.
/// The jitter is derived from the last probe time, so the schedule is the same for the app and the
/// command line and can be tested.
class ProbeSchedule
{
public:
    explicit ProbeSchedule(const ScanRules &rules = {});

    /// A day divided by probesPerDay, rounded down to whole seconds (at least a minute).
    qint64 spacingSeconds() const { return m_spacing; }
    /// How much earlier than a full spacing the probe after `lastProbe` comes: between a twentieth
    /// and an eighth of the spacing.
    qint64 jitterSeconds(const QDateTime &lastProbe) const;
    /// When the probe after `lastProbe` is due.
    QDateTime nextProbe(const QDateTime &lastProbe) const;

    /// Whether a site last probed at `lastProbe` (invalid: never) should be probed at `now`.
    /// A caller that only looks every `tickSeconds` (an hourly cron job) probes early rather than
    /// an interval late, but never sooner than half a spacing after the last probe, so the app and
    /// a cron job running side by side do not probe twice in a row.
    bool isDue(const QDateTime &lastProbe, const QDateTime &now, qint64 tickSeconds = 0) const;

private:
    qint64 m_spacing;
};

} // namespace xj
