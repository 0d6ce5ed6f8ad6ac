// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

class QWidget;

namespace xj {

/// Shows what happened and what to do, with the technical cause behind "Show Details…".
void showError(QWidget *parent, const QString &title, const Error &error);

/// Asks a yes/no question whose "no" is the safe default; true for yes.
bool confirm(QWidget *parent, const QString &title, const QString &question);

} // namespace xj
