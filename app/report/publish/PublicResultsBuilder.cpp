// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/publish/PublicResultsBuilder.h"

#include "checklist/ScoreCalculator.h"
#include "report/publish/PublicResultsWording.h"
#include "storage/FindingRepository.h"

#include <QHash>

namespace xj {

namespace {

/// Adds one finding to its site's counts, unless it is not a problem at all.
void countFinding(PublicResultRow &row, FindingState state)
{
    switch (state) {
    case FindingState::RecheckPassed:
        ++row.rectified;
        break;
    case FindingState::RecheckFailed:
        ++row.notRectified;
        break;
    case FindingState::Confirmed:
    case FindingState::Notified:
    case FindingState::FedBack:
        ++row.pending;
        break;
    case FindingState::Candidate:
    case FindingState::FalsePositive:
    case FindingState::Doubtful:
        return;
    }
    ++row.found;
}

bool wasChecked(const SiteRoundData &site, const PublicResultRow &row)
{
    // A site whose problems were all put right has no problems left in RoundData, but was checked.
    return site.checked() || row.found > 0;
}

} // namespace

QString PublicResultsBuilder::scoreText(const SiteRoundData &site)
{
    if (!site.score.vetoFailedItems.isEmpty())
        return PublicResultsWording::veto();
    // A provisional score (items still open) is not published: it may still go down.
    if (site.score.outcome == ScoreOutcome::Incomplete || !site.score.total)
        return PublicResultsWording::none();
    return ScoreCalculator::formatPoints(*site.score.total);
}

QString PublicResultsBuilder::resultText(const SiteRoundData &site)
{
    if (!site.checked())
        return PublicResultsWording::unchecked();
    switch (site.score.outcome) {
    case ScoreOutcome::Pass:
        return PublicResultsWording::qualified();
    case ScoreOutcome::Fail:
        return PublicResultsWording::unqualified();
    case ScoreOutcome::Incomplete:
        break;
    }
    return PublicResultsWording::undecided();
}

QString PublicResultsBuilder::rectificationText(const PublicResultRow &row, const SiteRoundData &site)
{
    if (!wasChecked(site, row))
        return PublicResultsWording::none();
    if (row.notRectified > 0)
        return PublicResultsWording::notRectified();
    // An unqualified site must be put right even when its failure has no finding recorded.
    if (row.pending > 0 || (row.found == 0 && site.score.outcome == ScoreOutcome::Fail))
        return PublicResultsWording::rectifying();
    return row.found > 0 ? PublicResultsWording::rectified() : PublicResultsWording::nothingToRectify();
}

PublicResults PublicResultsBuilder::build(const RoundData &data, const QList<Finding> &findings,
                                          const QString &officeName, const QDate &publishedOn)
{
    QHash<qint64, QList<FindingState>> statesBySite;
    for (const Finding &f : findings) {
        if (f.roundId == data.round.id)
            statesBySite[f.siteId].append(f.state);
    }
    PublicResults results;
    results.officeName = officeName.trimmed();
    results.roundName = data.round.name.trimmed();
    results.title = PublicResultsWording::title(results.officeName, results.roundName);
    results.publishedOn = publishedOn;
    PublicResultsSummary &sum = results.summary;
    for (const SiteRoundData &site : data.sites) {
        PublicResultRow row;
        row.number = int(results.rows.size()) + 1;
        // Only the public registry fields; the site's and unit's contacts stay out on purpose.
        row.siteName = site.site.name;
        row.unitName = site.unit.name;
        row.type = PublicResultsWording::siteType(site.site);
        for (FindingState state : statesBySite.value(site.site.id))
            countFinding(row, state);
        row.score = scoreText(site);
        row.result = resultText(site);
        // Problems found but no verdict recorded and none left to rectify: checked, not decided.
        if (row.found > 0 && !site.checked())
            row.result = PublicResultsWording::undecided();
        row.rectification = rectificationText(row, site);

        ++sum.sites;
        if (wasChecked(site, row)) {
            ++sum.checked;
            sum.qualified += site.score.outcome == ScoreOutcome::Pass;
            sum.unqualified += site.score.outcome == ScoreOutcome::Fail;
            sum.undecided += site.score.outcome == ScoreOutcome::Incomplete;
        }
        sum.found += row.found;
        sum.rectified += row.rectified;
        sum.notRectified += row.notRectified;
        sum.pending += row.pending;
        results.rows.append(row);
    }
    return results;
}

Result<PublicResults> PublicResultsBuilder::load(const Database &database, const RoundData &data,
                                                 const QString &officeName, const QDate &publishedOn)
{
    auto findings = FindingRepository(database).list({data.round.id, 0, false});
    if (!findings)
        return findings.error();
    return build(data, findings.value(), officeName, publishedOn);
}

} // namespace xj
