// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EnumTable.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace xj {

enum class TrainingStatus { Enrolled, InTraining, Completed, Cancelled };

inline constexpr EnumTable<TrainingStatus, 4> TrainingStatuses{
    "xj::TrainingEnrollment",
    {{{TrainingStatus::Enrolled, "enrolled", QT_TRANSLATE_NOOP("xj::TrainingEnrollment", "Enrolled")},
      {TrainingStatus::InTraining, "in_training", QT_TRANSLATE_NOOP("xj::TrainingEnrollment", "In training")},
      {TrainingStatus::Completed, "completed", QT_TRANSLATE_NOOP("xj::TrainingEnrollment", "Completed")},
      {TrainingStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("xj::TrainingEnrollment", "Cancelled")}}}};

/// The person in charge of a site enrolled in the five-day remedial training (脱岗跟班学习),
/// usually because the site's findings failed re-check. The person and phone are copied from the
/// registry when enrolled, so a later change of the person in charge does not rewrite history.
struct TrainingEnrollment
{
    qint64 id = 0;
    QString person;
    QString phone;
    qint64 unitId = 0;
    qint64 siteId = 0;
    qint64 roundId = 0;
    qint64 escalationId = 0;
    QDate startDate;
    TrainingStatus status = TrainingStatus::Enrolled;
    QDateTime createdAt;
};

} // namespace xj
