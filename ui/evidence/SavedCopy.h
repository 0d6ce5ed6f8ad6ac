// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>

namespace xj {

/// Writes a file the inspector asked to save elsewhere (an evidence copy, a report), whole or not
/// at all: a failed write never leaves half a file where the inspector expects a good one.
class SavedCopy
{
    Q_DECLARE_TR_FUNCTIONS(xj::SavedCopy)
public:
    static Status write(const QString &path, const QByteArray &bytes);
};

} // namespace xj
