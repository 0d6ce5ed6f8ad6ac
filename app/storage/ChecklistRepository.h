// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "model/ChecklistTemplate.h"

#include <QByteArray>
#include <QCoreApplication>

namespace xj {

class Database;

/// Checklist snapshots: the exact template a round judges against, kept in the database so that
/// later edits of template files never change the meaning of recorded verdicts.
class ChecklistRepository
{
    Q_DECLARE_TR_FUNCTIONS(xj::ChecklistRepository)
public:
    explicit ChecklistRepository(const Database &database);

    /// Stores the template (its canonical JSON and hash) and its items; returns the existing id when
    /// the same content is already stored.
    Result<qint64> storeSnapshot(const ChecklistTemplate &checklist, const QByteArray &canonicalJson,
                                 const QString &sha256, const QString &loadedFrom) const;
    /// The canonical JSON of a stored snapshot, to be parsed by ChecklistLoader.
    Result<QByteArray> snapshotJson(qint64 templateId) const;

    /// The database id of `itemCode` in the checklist that `roundId` uses for the kind of `siteId`.
    Result<qint64> itemIdFor(qint64 roundId, qint64 siteId, const QString &itemCode) const;

private:
    const Database &m_db;
};

} // namespace xj
