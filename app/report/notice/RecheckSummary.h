// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "model/Round.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace xj {

class Database;

/// How the previous round's problems fared: put right (复查通过), not put right (复查未通过), and
/// not yet re-checked. Sites with a failed re-check are the ones a report criticises by name.
struct RecheckSummary
{
    Round previous;
    int total = 0;
    int passed = 0;
    int failed = 0;
    int pending = 0;
    QStringList failingSites; ///< "网站名称（主办单位）", each once

    Q_DECLARE_TR_FUNCTIONS(xj::RecheckSummary)
public:
    /// The latest round inspected before `round`, and its findings that needed rectification;
    /// none when there was no earlier round.
    static Result<std::optional<RecheckSummary>> load(const Database &database, const Round &round);
};

} // namespace xj
