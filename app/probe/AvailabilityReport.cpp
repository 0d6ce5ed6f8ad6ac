// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/AvailabilityReport.h"

#include <QJsonArray>

#include <algorithm>

namespace xj {

namespace {

constexpr qint64 SecondsPerDay = 24 * 60 * 60;
// A ratio computed as 7/140 and the threshold 0.05 are both the nearest double to 5 %, but one
// reached another way may land a rounding step below it; exactly 5 % must stay a veto.
constexpr double RatioTolerance = 1e-12;

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

AvailabilityReport::AvailabilityReport(const ProbeResults &records, const QDateTime &end,
                                       const ScanRules &rules)
    : m_rules(rules)
    , m_from(end.addSecs(-SecondsPerDay * std::max(1, rules.availabilityWindowDays)))
    , m_to(end)
{
    for (int i = 0; i < std::max(1, rules.availabilityWindowDays); ++i) {
        Day day;
        day.from = m_from.addSecs(SecondsPerDay * i);
        day.to = day.from.addSecs(SecondsPerDay);
        day.date = day.from.toLocalTime().date();
        m_days.append(day);
    }
    ProbeResults inWindow;
    for (const ProbeResult &r : records) {
        // [from, to]: a probe made exactly at T still belongs to the monitoring.
        if (r.probedAt.isValid() && r.probedAt >= m_from && r.probedAt <= m_to)
            inWindow.append(r);
    }
    std::stable_sort(inWindow.begin(), inWindow.end(),
                     [](const ProbeResult &a, const ProbeResult &b) { return a.probedAt < b.probedAt; });
    for (const ProbeResult &r : inWindow) {
        const qsizetype index =
            std::min<qsizetype>(m_days.size() - 1, m_from.secsTo(r.probedAt) / SecondsPerDay);
        Day &day = m_days[index];
        ++day.attempts;
        ++m_attempts;
        if (!r.ok) {
            ++day.failures;
            ++m_failures;
            m_failed.append(r);
        }
        if (!r.vantage.isEmpty() && !m_vantages.contains(r.vantage))
            m_vantages.append(r.vantage);
        m_url = r.url;
    }
}

QDateTime AvailabilityReport::endOfDay(const QDate &lastDay)
{
    return lastDay.addDays(1).startOfDay();
}

double AvailabilityReport::ratio() const
{
    return m_attempts > 0 ? double(m_failures) / double(m_attempts) : 0.0;
}

int AvailabilityReport::shortDays() const
{
    return int(std::count_if(m_days.cbegin(), m_days.cend(),
                             [this](const Day &d) { return d.attempts < m_rules.probesPerDay; }));
}

bool AvailabilityReport::isVetoed() const
{
    return m_attempts > 0 && ratio() >= m_rules.unavailableVetoRatio - RatioTolerance;
}

QString AvailabilityReport::ratioText() const
{
    return tr("%1 / %2 (%3 %)").arg(m_failures).arg(m_attempts).arg(ratio() * 100.0, 0, 'f', 2);
}

ScanCandidates AvailabilityReport::candidates() const
{
    if (!isVetoed())
        return {};
    QString message = tr("The home page could not be opened in %1 of %2 probes (%3 %) over %4 days; "
                         "%5 % or more is a veto (W-V2).")
                          .arg(m_failures)
                          .arg(m_attempts)
                          .arg(ratio() * 100.0, 0, 'f', 2)
                          .arg(m_days.size())
                          .arg(m_rules.unavailableVetoRatio * 100.0, 0, 'g', 3);
    if (!isSufficient())
        message += QLatin1Char(' ') + tr("Monitoring was insufficient: %n day(s) had fewer than %1 probes.",
                                         nullptr, shortDays())
                                          .arg(m_rules.probesPerDay);
    ScanCandidate c = ScanCandidate::make(QStringLiteral("site.unavailable"), m_url, message);
    c.sourceUrl = m_url;
    c.text = ratioText();
    c.detail = toJson();
    return {c};
}

QJsonObject AvailabilityReport::toJson() const
{
    QJsonArray days;
    for (const Day &d : m_days)
        days.append(QJsonObject{{QStringLiteral("date"), d.date.toString(Qt::ISODate)},
                                {QStringLiteral("from"), isoUtc(d.from)},
                                {QStringLiteral("to"), isoUtc(d.to)},
                                {QStringLiteral("attempts"), d.attempts},
                                {QStringLiteral("failures"), d.failures}});
    QJsonArray failed;
    for (const ProbeResult &r : m_failed)
        failed.append(QJsonObject{{QStringLiteral("probedAt"), isoUtc(r.probedAt)},
                                  {QStringLiteral("url"), r.url},
                                  {QStringLiteral("status"), r.status},
                                  {QStringLiteral("error"), r.error},
                                  {QStringLiteral("elapsedMs"), r.elapsedMs},
                                  {QStringLiteral("vantage"), r.vantage}});
    return QJsonObject{{QStringLiteral("url"), m_url},
                       {QStringLiteral("from"), isoUtc(m_from)},
                       {QStringLiteral("to"), isoUtc(m_to)},
                       {QStringLiteral("windowDays"), int(m_days.size())},
                       {QStringLiteral("probesPerDay"), m_rules.probesPerDay},
                       {QStringLiteral("timeoutSeconds"), m_rules.probeTimeoutSeconds},
                       {QStringLiteral("attempts"), m_attempts},
                       {QStringLiteral("failures"), m_failures},
                       {QStringLiteral("ratio"), ratio()},
                       {QStringLiteral("threshold"), m_rules.unavailableVetoRatio},
                       {QStringLiteral("vetoed"), isVetoed()},
                       {QStringLiteral("sufficient"), isSufficient()},
                       {QStringLiteral("shortDays"), shortDays()},
                       {QStringLiteral("vantages"), QJsonArray::fromStringList(m_vantages)},
                       {QStringLiteral("days"), days},
                       {QStringLiteral("failed"), failed}};
}

} // namespace xj
