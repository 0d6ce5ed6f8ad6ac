// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/ChecklistTemplate.h"

#include <algorithm>

namespace xj {

bool ChecklistItem::unverified() const
{
    if (verification == Verification::Reconstructed)
        return true;
    return std::any_of(thresholds.cbegin(), thresholds.cend(), [](const ChecklistThreshold &t) {
        return t.verification == Verification::Reconstructed;
    });
}

const ChecklistThreshold *ChecklistItem::threshold(const QString &key) const
{
    auto it = std::find_if(thresholds.cbegin(), thresholds.cend(),
                           [&](const ChecklistThreshold &t) { return t.key == key; });
    return it == thresholds.cend() ? nullptr : &*it;
}

const ChecklistItem *ChecklistTemplate::item(const QString &code) const
{
    auto it =
        std::find_if(items.cbegin(), items.cend(), [&](const ChecklistItem &i) { return i.code == code; });
    return it == items.cend() ? nullptr : &*it;
}

const ChecklistArea *ChecklistTemplate::area(const QString &id) const
{
    auto it = std::find_if(areas.cbegin(), areas.cend(), [&](const ChecklistArea &a) { return a.id == id; });
    return it == areas.cend() ? nullptr : &*it;
}

QList<const ChecklistItem *> ChecklistTemplate::itemsOfKind(ItemKind kind) const
{
    QList<const ChecklistItem *> out;
    for (const ChecklistItem &i : items) {
        if (i.kind == kind)
            out.append(&i);
    }
    return out;
}

double ChecklistTemplate::totalPoints(ItemKind kind) const
{
    double sum = 0;
    for (const ChecklistItem &i : items) {
        if (i.kind == kind)
            sum += i.points;
    }
    return sum;
}

double ChecklistTemplate::areaTotalPoints(const QString &areaId) const
{
    double sum = 0;
    for (const ChecklistItem &i : items) {
        if (i.areaId == areaId)
            sum += i.points;
    }
    return sum;
}

} // namespace xj
