// SPDX-License-Identifier: GPL-3.0-or-later
#include "recheck/RecheckLogging.h"

Q_LOGGING_CATEGORY(lcRecheck, "xunjian.recheck", QtWarningMsg)
