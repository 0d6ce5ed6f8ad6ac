// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Logging.h"

Q_LOGGING_CATEGORY(lcStorage, "xunjian.storage", QtWarningMsg)
Q_LOGGING_CATEGORY(lcChecklist, "xunjian.checklist", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRegistry, "xunjian.registry", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDemo, "xunjian.demo", QtWarningMsg)
Q_LOGGING_CATEGORY(lcNet, "xunjian.net", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "xunjian.cli", QtWarningMsg)
Q_LOGGING_CATEGORY(lcApp, "xunjian.app", QtWarningMsg)
