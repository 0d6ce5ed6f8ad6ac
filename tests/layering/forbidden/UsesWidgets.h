// SPDX-License-Identifier: GPL-3.0-or-later
// A core header that breaks the layering on purpose; the layering scan must reject it.
#pragma once

#include <QtWidgets/QWidget>
