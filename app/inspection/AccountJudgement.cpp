// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspection/AccountJudgement.h"

#include "model/ChecklistTemplate.h"

namespace xj {

namespace {

/// The window comes from the template (M-V2's "window_days"), so an office whose province words
/// the rule differently changes a number in a file, not the program.
int noUpdateWindowDays(const ChecklistItem &item)
{
    constexpr int NationalWindowDays = 14;
    const ChecklistThreshold *window = item.threshold(QStringLiteral("window_days"));
    bool ok = false;
    const int days = window ? window->value.toInt(&ok) : 0;
    return ok && days > 0 ? days : NationalWindowDays;
}

Verdict verdictFor(const AccountRecord &record, const QString &code, VerdictValue value, const QString &note)
{
    Verdict v;
    v.roundId = record.roundId;
    v.siteId = record.siteId;
    v.itemCode = code;
    v.value = value;
    v.note = note;
    v.inspector = record.inspector;
    return v;
}

} // namespace

QList<Verdict> AccountJudgement::judge(const AccountRecord &record, const ChecklistTemplate &checklist,
                                       const QDate &inspectionDate)
{
    QList<Verdict> verdicts;
    const ChecklistItem *noUpdate = checklist.item(NoUpdateItem);
    if (noUpdate && record.lastPostDate.isValid() && inspectionDate.isValid()) {
        const int window = noUpdateWindowDays(*noUpdate);
        const qint64 age = record.lastPostDate.daysTo(inspectionDate);
        const QString date = record.lastPostDate.toString(Qt::ISODate);
        if (age < 0)
            verdicts << verdictFor(record, NoUpdateItem, VerdictValue::Pass,
                                   tr("Newest post dated %1, after the inspection date %2: check the date.")
                                       .arg(date, inspectionDate.toString(Qt::ISODate)));
        else if (age > window)
            verdicts << verdictFor(record, NoUpdateItem, VerdictValue::Fail,
                                   tr("No post in the %1 days before the inspection date: the newest "
                                      "is from %2, %3 days earlier.")
                                       .arg(window)
                                       .arg(date)
                                       .arg(age));
        else
            verdicts << verdictFor(record, NoUpdateItem, VerdictValue::Pass,
                                   tr("Newest post %1, %2 days before the inspection date (limit %3).")
                                       .arg(date)
                                       .arg(age)
                                       .arg(window));
    }
    if (checklist.item(InteractionItem) && record.channelState != ChannelState::Unknown) {
        const QString channel =
            record.channel.trimmed().isEmpty() ? tr("the interaction channel") : record.channel.trimmed();
        switch (record.channelState) {
        case ChannelState::Works:
            verdicts << verdictFor(record, InteractionItem, VerdictValue::Pass,
                                   tr("%1 works and is answered.").arg(channel));
            break;
        case ChannelState::Unanswered:
            verdicts << verdictFor(record, InteractionItem, VerdictValue::Fail,
                                   tr("%1 exists, but questions go unanswered.").arg(channel));
            break;
        case ChannelState::Missing:
            verdicts << verdictFor(record, InteractionItem, VerdictValue::Fail,
                                   tr("The account offers no working interaction channel."));
            break;
        case ChannelState::Unknown:
            break;
        }
    }
    return verdicts;
}

} // namespace xj
