// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/ScanRules.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
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

Result<ScanRules> ScanRules::forDataDirectory(const QString &dataDirectory)
{
    const QString path = QDir(dataDirectory).filePath(QLatin1String(FileName));
    QFile file(path);
    if (!file.exists())
        return ScanRules{};
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The scan rules %1 cannot be read: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString()),
                     {}};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        return Error{
            tr("The scan rules %1 are not a JSON object (%2). Correct the file or remove it to use the "
               "national thresholds.")
                .arg(QDir::toNativeSeparators(path), error.errorString()),
            {}};
    return fromJson(doc.object());
}

} // namespace xj
