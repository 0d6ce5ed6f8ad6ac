// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/ProbeSchedule.h"

#include <algorithm>

namespace xj {

namespace {

constexpr qint64 SecondsPerDay = 24 * 60 * 60;
constexpr qint64 MinimumSpacing = 60;

} // namespace

ProbeSchedule::ProbeSchedule(const ScanRules &rules)
    : m_spacing(std::max(MinimumSpacing, SecondsPerDay / std::max(1, rules.probesPerDay)))
{}

qint64 ProbeSchedule::jitterSeconds(const QDateTime &lastProbe) const
{
    const qint64 low = m_spacing / 20;
    const qint64 high = m_spacing / 8;
    if (!lastProbe.isValid() || high <= low)
        return low;
    // A fixed integer hash (not qHash, which is seeded per process) of the last probe's second.
    auto x = quint64(lastProbe.toSecsSinceEpoch());
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return low + qint64(x % quint64(high - low + 1));
}

QDateTime ProbeSchedule::nextProbe(const QDateTime &lastProbe) const
{
    return lastProbe.addSecs(m_spacing - jitterSeconds(lastProbe));
}

bool ProbeSchedule::isDue(const QDateTime &lastProbe, const QDateTime &now, qint64 tickSeconds) const
{
    if (!lastProbe.isValid())
        return true;
    if (lastProbe.secsTo(now) < m_spacing / 2)
        return false;
    return now.addSecs(std::max<qint64>(0, tickSeconds)) >= nextProbe(lastProbe);
}

} // namespace xj
