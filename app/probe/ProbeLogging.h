// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

/// Availability probes (W-V2): attempts, the in-app schedule, stored records.
Q_DECLARE_LOGGING_CATEGORY(lcProbe)
