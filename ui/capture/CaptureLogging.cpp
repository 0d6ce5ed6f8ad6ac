// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/CaptureLogging.h"

Q_LOGGING_CATEGORY(lcCapture, "xunjian.capture", QtWarningMsg)
