// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "training/TrainingPlan.h"

#include <QCoreApplication>
#include <QString>

namespace xj {

/// Where the training plan in use comes from: the instructor's copy in
/// `<data folder>/training/plan.json` when there is one, else the built-in plan. A broken copy is
/// reported, never silently replaced, so the instructor knows their edits are not in use and can
/// choose to go back to the built-in plan.
class TrainingPlanStore
{
    Q_DECLARE_TR_FUNCTIONS(xj::TrainingPlanStore)
public:
    explicit TrainingPlanStore(QString dataFolder);

    /// `<data folder>/training/plan.json`.
    QString customPath() const;
    bool isCustomised() const;
    Result<TrainingPlan> load() const;
    /// Validates and writes the copy whole (never a half-written file).
    Status save(const TrainingPlan &plan) const;
    /// Deletes the copy: the built-in plan is used again.
    Status resetToDefault() const;

private:
    QString m_dataFolder;
};

} // namespace xj
