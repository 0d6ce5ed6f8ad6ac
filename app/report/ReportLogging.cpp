// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportLogging.h"

Q_LOGGING_CATEGORY(lcReport, "xunjian.report", QtWarningMsg)
