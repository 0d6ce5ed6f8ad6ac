// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

namespace xj {

class Database;

/// A site of a round that gets a rectification notice.
struct NoticeSite
{
    qint64 id = 0;
    QString name;
    int problems = 0; ///< findings to rectify
};

/// The sites of a round that get a notice, in the site list's order, by the planner's rule: they
/// have problems to put right or failed the round. The export and preview dialogs list these.
Result<QList<NoticeSite>> noticeSites(const Database &database, const QString &dataDirectory, qint64 roundId);

} // namespace xj
