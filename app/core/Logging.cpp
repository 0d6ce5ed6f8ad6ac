// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Logging.h"

Q_LOGGING_CATEGORY(lcStorage, "xunjian.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcChecklist, "xunjian.checklist", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRegistry, "xunjian.registry", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDemo, "xunjian.demo", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "xunjian.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "xunjian.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "xunjian.app", QtInfoMsg)
