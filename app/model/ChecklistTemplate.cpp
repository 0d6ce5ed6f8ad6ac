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

const ChecklistItem *ChecklistTemplate::item(const QString &code) const
{
    auto it = std::find_if(items.cbegin(), items.cend(), [&](const ChecklistItem &i) { return i.code == code; });
    return it == items.cend() ? nullptr : &*it;
}

const ChecklistArea *ChecklistTemplate::area(const QString &id) const
{
    auto it = std::find_if(areas.cbegin(), areas.cend(), [&](const ChecklistArea &a) { return a.id == id; });
    return it == areas.cend() ? nullptr : &*it;
}

} // namespace xj
