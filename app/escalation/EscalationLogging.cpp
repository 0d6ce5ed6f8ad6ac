// SPDX-License-Identifier: GPL-3.0-or-later
#include "escalation/EscalationLogging.h"

Q_LOGGING_CATEGORY(lcEscalation, "xunjian.escalation", QtWarningMsg)
