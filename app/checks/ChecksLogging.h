// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

/// The automated page checks: dictionary loading, engine runs, the static HTML reader.
Q_DECLARE_LOGGING_CATEGORY(lcChecks)
