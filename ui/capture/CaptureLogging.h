// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// Page capture and archiving: QT_LOGGING_RULES="xunjian.capture.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcCapture)
