// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace xj {

class Database;

/// One change of a finding: who changed which field when, from what to what.
struct FindingChange
{
    qint64 id = 0;
    qint64 findingId = 0;
    QDateTime changedAt;
    QString actor;
    QString field; ///< "state", "description", "created", "carried_forward", "feedback", "recheck", …
    QString oldValue;
    QString newValue;
    QString note;
};

/// The append-only history of findings. Rows are written inside the caller's transaction (the
/// change and its record land together or not at all) and never updated.
class FindingHistoryRepository
{
    Q_DECLARE_TR_FUNCTIONS(xj::FindingHistoryRepository)

public:
    explicit FindingHistoryRepository(const Database &database);

    Status append(const FindingChange &change) const;
    /// Oldest first.
    Result<QList<FindingChange>> forFinding(qint64 findingId) const;
    /// The words of a field name for the history view ("state" → 状态).
    static QString fieldLabel(const QString &field);

private:
    const Database &m_db;
};

} // namespace xj
