// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/ChecklistLibrary.h"
#include "core/Result.h"
#include "demo/DemoAnswerKey.h"

#include <QCoreApplication>
#include <QDate>

namespace xj {

class Database;
struct NoticeSettings;

/// The sites of the demo that the previous quarter's round covers.
struct DemoRoundSites
{
    qint64 planted = 0; ///< the county site with planted problems
    QString plantedUrl; ///< its base address, "http://127.0.0.1:PORT/"
    DemoAnswerKey plantedKey;
    qint64 clean = 0;
    qint64 account = 0; ///< a new-media account that passed
};

/// Last quarter's round of the demo, already through its rectification lifecycle: a notice sent
/// to the planted site, one problem put right, one that failed re-check (so the escalation list
/// has a site), one never answered (overdue), one dismissed as a false positive; the clean site
/// and an account qualified. It gives the dashboard a trend and the re-check and escalation screens
/// something to show on the first start.
class DemoPreviousRound
{
    Q_DECLARE_TR_FUNCTIONS(xj::DemoPreviousRound)

public:
    static Status create(const Database &database, const QString &dataDirectory, const QDate &today,
                         const ChecklistLibrary::Entry *website, const ChecklistLibrary::Entry *newMedia,
                         const DemoRoundSites &sites, const NoticeSettings &office);
};

} // namespace xj
