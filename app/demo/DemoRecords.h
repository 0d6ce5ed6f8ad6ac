// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "demo/DemoAnswerKey.h"
#include "model/Finding.h"
#include "model/Verdict.h"

namespace xj {

class Database;

/// The name the demo's records are signed with.
QString demoInspector();

/// The finding of a demo answer-key problem, as an inspector would have recorded it: on the page
/// that shows it, on its checklist item, the element found by its link address or its text.
Finding demoFinding(const DemoProblem &problem, qint64 roundId, qint64 siteId, const QString &baseUrl);

/// Saves a verdict signed by the demo inspector.
Status saveDemoVerdict(const Database &db, qint64 roundId, qint64 siteId, const QString &code,
                       VerdictValue value, double points, const QString &note);

} // namespace xj
