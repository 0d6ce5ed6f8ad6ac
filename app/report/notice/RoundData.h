// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/ScoreResult.h"
#include "model/ChecklistTemplate.h"
#include "model/Finding.h"
#include "model/Round.h"
#include "model/Site.h"
#include "model/Unit.h"

#include <QList>

namespace xj {

/// A finding as the documents show it: the checklist item in words and the picture to print.
struct ReportProblem
{
    Finding finding;
    QString itemTitle;      ///< 指标 name from the round's checklist; empty when not assigned
    QString screenshotPath; ///< the annotated copy when there is one, else the first picture
};

/// One site of a round with everything a notice, a problem list or a report says about it.
struct SiteRoundData
{
    Site site;
    Unit unit;
    QString checklistName;
    ScoreResult score;
    int verdictCount = 0;
    /// Findings the unit must put right: confirmed, notified, fed back, or failed at re-check.
    /// Candidates, false positives, doubtful ones and those already put right are left out.
    QList<ReportProblem> problems;

    bool checked() const { return verdictCount > 0 || !problems.isEmpty(); }
    /// A site gets a rectification notice when it has problems to put right or failed the round.
    bool needsNotice() const { return !problems.isEmpty() || score.outcome == ScoreOutcome::Fail; }
    int count(FindingSeverity severity) const;
};

/// A round and its sites, loaded once for any number of documents.
struct RoundData
{
    Round round;
    QList<SiteRoundData> sites; ///< in the order of the site list
};

} // namespace xj
