// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/ScanRules.h"

#include <QJsonValue>

namespace xj {

namespace {

// One table names every field once for both directions.
template<typename Visit>
void forEachField(ScanRules &r, Visit visit)
{
    visit("homeWindowDays", r.homeWindowDays);
    visit("newsWindowDays", r.newsWindowDays);
    visit("noticePolicyWindowMonths", r.noticePolicyWindowMonths);
    visit("personnelPlanWindowMonths", r.personnelPlanWindowMonths);
    visit("updatingWindowMonths", r.updatingWindowMonths);
    visit("staleVetoCount", r.staleVetoCount);
    visit("updatingVetoCount", r.updatingVetoCount);
    visit("blankVetoCount", r.blankVetoCount);
    visit("messageLookbackMonths", r.messageLookbackMonths);
    visit("unansweredMonths", r.unansweredMonths);
    visit("replyWorkingDays", r.replyWorkingDays);
    visit("boilerplateMinRepeats", r.boilerplateMinRepeats);
    visit("availabilityWindowDays", r.availabilityWindowDays);
    visit("probesPerDay", r.probesPerDay);
    visit("probeTimeoutSeconds", r.probeTimeoutSeconds);
    visit("unavailableVetoRatio", r.unavailableVetoRatio);
}

} // namespace

QJsonObject ScanRules::toJson() const
{
    QJsonObject json;
    ScanRules copy = *this;
    forEachField(copy, [&json](const char *key, auto &value) { json.insert(QLatin1String(key), value); });
    return json;
}

ScanRules ScanRules::fromJson(const QJsonObject &json)
{
    ScanRules r;
    forEachField(r, [&json](const char *key, auto &value) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (!v.isDouble())
            return;
        if constexpr (std::is_same_v<std::decay_t<decltype(value)>, int>)
            value = v.toInt(value);
        else
            value = v.toDouble(value);
    });
    return r;
}

} // namespace xj
