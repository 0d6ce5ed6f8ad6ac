// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/ChecklistLibrary.h"
#include "core/Result.h"
#include "model/Finding.h"
#include "training/TrainingScore.h"

#include <QCoreApplication>
#include <QList>
#include <QUrl>

namespace xj {

class Database;
struct Exercise;

/// Where a trainee's attempt keeps what they did: a workspace of its own (a data folder with its
/// own database: one unit, one site — the exercise's archived site — and one round), so that a
/// trainee works in the normal workbench and nothing they mark mixes with the office's rounds.
class TrainingWorkspace
{
    Q_DECLARE_TR_FUNCTIONS(xj::TrainingWorkspace)
public:
    struct Ids
    {
        qint64 siteId = 0;
        qint64 roundId = 0;
    };

    /// `<data folder>/training/attempts/<attemptId>`, and the same relative to the data folder
    /// (what the attempt row stores, so the data folder can move).
    static QString relativeFolder(qint64 attemptId);
    static QString folder(const QString &dataFolder, qint64 attemptId);

    /// Fills a brand-new workspace database (site, round, checklist) or, when it is already filled,
    /// points its site at `siteUrl` (the archived site is served on whatever port is free).
    static Result<Ids> prepare(const Database &workspace, const Exercise &exercise, const QUrl &siteUrl,
                               const QString &unitName);
    /// The trainee's findings of the attempt (deleted ones left out).
    static Result<QList<Finding>> findings(const Database &workspace);
    /// The trainee's findings scored against the exercise's key (TrainingScorer), a false alarm's
    /// category taken from its checklist item.
    static Result<TrainingScore> score(const Database &workspace, const Exercise &exercise);

private:
    static const ChecklistLibrary::Entry *checklist(const ChecklistLibrary &library,
                                                    const Exercise &exercise);
    static Result<Ids> existing(const Database &workspace);
};

} // namespace xj
