// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/ErrorDialog.h"
#include "core/Result.h"

#include <QString>

namespace xj {

/// Asks for `value` with a dialog until `save` succeeds or the inspector cancels, showing each
/// failure (a duplicate, a rule broken) and reopening the dialog with everything typed, so a failed
/// save never costs the inspector their input.
///
/// `ask(Value &)` shows the dialog filled from the value and, when accepted, stores what was entered
/// and returns true; `save(const Value &)` returns a Status. Returns true once saved.
template<typename Value, typename Ask, typename Save>
bool editUntilSaved(QWidget *parent, const QString &errorTitle, Value value, Ask ask, Save save)
{
    while (ask(value)) {
        const Status saved = save(value);
        if (saved)
            return true;
        showError(parent, errorTitle, saved.error());
    }
    return false;
}

} // namespace xj
