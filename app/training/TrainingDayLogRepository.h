// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace xj {

class Database;

/// The instructor's log of one training day of one trainee.
struct TrainingDayEntry
{
    qint64 id = 0;
    qint64 enrollmentId = 0;
    int day = 1; ///< 1…5
    QDate date;
    bool present = false;
    QString note;
};

/// Stores the day log (training_day_log): one entry per trainee and day, which saving again
/// replaces, so the instructor can correct a day.
class TrainingDayLogRepository
{
    Q_DECLARE_TR_FUNCTIONS(xj::TrainingDayLogRepository)
public:
    static constexpr int FirstDay = 1;
    static constexpr int LastDay = 5;

    explicit TrainingDayLogRepository(const Database &database);

    /// Adds or replaces the entry of the trainee's day. Its id.
    Result<qint64> save(const TrainingDayEntry &entry) const;
    /// The trainee's logged days, by day.
    Result<QList<TrainingDayEntry>> forEnrollment(qint64 enrollmentId) const;

private:
    const Database &m_db;
};

} // namespace xj
