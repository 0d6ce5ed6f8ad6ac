// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/ChecksLogging.h"

Q_LOGGING_CATEGORY(lcChecks, "xunjian.checks", QtWarningMsg)
