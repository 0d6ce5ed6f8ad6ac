// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/PageCheck.h"

#include <QList>

#include <memory>

namespace xj {

/// Every automated check, registered in this one place: adding a check is a new file pair in a
/// folder of app/checks/ and one line in CheckRegistry.cpp.
class CheckRegistry
{
public:
    static const QList<std::shared_ptr<const PageCheck>> &checks();
};

} // namespace xj
