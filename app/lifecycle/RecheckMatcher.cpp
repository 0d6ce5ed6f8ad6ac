// SPDX-License-Identifier: GPL-3.0-or-later
#include "lifecycle/RecheckMatcher.h"

#include "checks/CheckCatalogue.h"
#include "crawler/FetchResult.h"
#include "scan/ScanEvaluator.h"

namespace xj {

namespace {

/// Long matches (a whole hidden link block) are cut in the sentence; the finding keeps them whole.
constexpr int QuotedCharacters = 60;

QString quoted(const QString &text)
{
    const QString simple = text.simplified();
    return simple.size() <= QuotedCharacters ? simple : simple.left(QuotedCharacters - 1) + QChar(0x2026);
}

QString pageKey(const QUrl &url)
{
    return url
        .adjusted(QUrl::RemoveScheme | QUrl::RemoveFragment | QUrl::StripTrailingSlash |
                  QUrl::NormalizePathSegments | QUrl::RemoveUserInfo)
        .toString();
}

} // namespace

RecheckMatcher::Method RecheckMatcher::methodFor(const QString &checkId)
{
    if (checkId.trimmed().isEmpty())
        return Method::None;
    const CheckCatalogue::Entry *entry = CheckCatalogue::find(checkId);
    if (!entry)
        return Method::Manual;
    if (CheckCatalogue::isPageCheck(*entry))
        return Method::PageCheck;
    const QLatin1String group(entry->group);
    if (group == QLatin1String("link") || group == QLatin1String("availability"))
        return Method::Fetch;
    return Method::Manual;
}

bool RecheckMatcher::samePage(const QUrl &a, const QUrl &b)
{
    return pageKey(a) == pageKey(b);
}

bool RecheckMatcher::isSameProblem(const Finding &finding, const Candidate &candidate)
{
    if (finding.checkId.isEmpty() || candidate.checkId != finding.checkId)
        return false;
    const QString text = finding.elementText.trimmed();
    if (!text.isEmpty() && candidate.text.trimmed() == text)
        return true;
    return !finding.elementSelector.isEmpty() && candidate.selector == finding.elementSelector;
}

RecheckMatch RecheckMatcher::matchCandidates(const Finding &finding, const QUrl &pageUrl,
                                             const Candidates &found)
{
    RecheckMatch match;
    if (finding.checkId.isEmpty()) {
        match.summary = tr("The finding was marked by hand: there is no automated check to run again.");
        return match;
    }
    const QString check = CheckCatalogue::name(finding.checkId);
    int sameCheck = 0;
    for (const Candidate &c : found) {
        if (c.checkId != finding.checkId)
            continue;
        ++sameCheck;
        if (isSameProblem(finding, c))
            ++match.matches;
    }
    const int elsewhere = sameCheck - match.matches;
    const QString problem =
        quoted(finding.elementText.isEmpty() ? finding.elementSelector : finding.elementText);

    if (!samePage(QUrl(finding.url), pageUrl)) {
        match.outcome = RecheckMatch::Outcome::Unsure;
        match.summary = tr("The page now opens at another address (%1), so the check cannot compare it with "
                           "the finding; judge the page yourself. The check “%2” reports %n place(s) there.",
                           nullptr, sameCheck)
                            .arg(pageUrl.toDisplayString(), check);
        return match;
    }
    if (match.matches > 0) {
        match.outcome = RecheckMatch::Outcome::StillPresent;
        match.summary =
            tr("Still present: the check “%1” still reports “%2” on the page.").arg(check, problem);
    } else {
        match.outcome = RecheckMatch::Outcome::Gone;
        match.summary =
            tr("Not found any more: the check “%1” no longer reports “%2” on the page.").arg(check, problem);
    }
    if (elsewhere > 0)
        match.summary +=
            QLatin1Char(' ') + tr("It reports %n other place(s) on the page.", nullptr, elsewhere);
    return match;
}

RecheckMatch RecheckMatcher::judgeResponse(const QString &checkId, const QUrl &address, int status,
                                           const QString &error, const QString &errorDetail)
{
    FetchResult answer;
    answer.status = status;
    answer.error = error;
    const bool broken = answer.isBroken();
    const QString where = address.toDisplayString();
    RecheckMatch match;
    if (broken) {
        match.outcome = RecheckMatch::Outcome::StillPresent;
        const QString why = ScanEvaluator::brokenLinkMessage(error, status, errorDetail);
        match.summary = checkId == QLatin1String("site.unavailable")
                            ? tr("Still unavailable: %1 cannot be opened. %2").arg(where, why)
                            : tr("Still broken: %1 cannot be opened. %2").arg(where, why);
        return match;
    }
    if (checkId == QLatin1String("link.soft404")) {
        match.outcome = RecheckMatch::Outcome::Unsure;
        match.summary = tr("%1 answers HTTP %2 now. Whether the page still says it does not exist, judge "
                           "from the page.")
                            .arg(where)
                            .arg(status);
    } else if (checkId == QLatin1String("site.unavailable")) {
        match.outcome = RecheckMatch::Outcome::Gone;
        match.summary = tr("The home page %1 answers HTTP %2 now. One request is not a monitoring period: "
                           "the availability probes judge it over time.")
                            .arg(where)
                            .arg(status);
    } else {
        match.outcome = RecheckMatch::Outcome::Gone;
        match.summary = tr("Fixed: %1 answers HTTP %2 now.").arg(where).arg(status);
    }
    return match;
}

} // namespace xj
