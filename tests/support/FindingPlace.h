// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace xj {
class Database;
}

/// A site in a round, with a checklist that has the item W-D1, to hang findings and evidence on.
struct FindingPlace
{
    qint64 siteId = 0;
    qint64 roundId = 0;
};

/// Creates a unit, the website "青禾县人民政府" and a round; zeros when anything failed.
FindingPlace addFindingPlace(const xj::Database &db);
/// A finding at `place`, counted against `itemCode` (may be empty); 0 when it failed.
qint64 addFinding(const xj::Database &db, const FindingPlace &place, const QString &description,
                  const QString &itemCode = {});
