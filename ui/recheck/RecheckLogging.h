// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// Re-check of open findings: QT_LOGGING_RULES="xunjian.recheck.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcRecheck)
