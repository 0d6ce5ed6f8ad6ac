// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/Candidate.h"
#include "model/Finding.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace xj {

/// What re-running a finding's automated check says now.
struct RecheckMatch
{
    enum class Outcome {
        StillPresent, ///< the check still reports the problem (or the link is still dead)
        Gone,         ///< the check no longer reports it
        Unsure,       ///< the check cannot tell on its own (another page opened, a soft 404 answering 200)
    };
    Outcome outcome = Outcome::Unsure;
    /// How many of the check's candidates on the page match the finding (page checks).
    int matches = 0;
    /// One or two sentences for the inspector and for RecheckRecord::checkResult.
    QString summary;

    bool isStillPresent() const { return outcome == Outcome::StillPresent; }
};

/// Decides at re-check (复查) whether the problem an automated check once reported is still there.
/// For a page check the candidates the check produces on the live page now are compared with the
/// finding: the same check on the same page, at the same text or the same element, means the
/// problem is still present. For a link or availability check the answer to a new request decides:
/// an error or an HTTP status of 400 and above means it is still broken. Pure functions: the
/// callers load the page or send the request.
class RecheckMatcher
{
    Q_DECLARE_TR_FUNCTIONS(xj::RecheckMatcher)
public:
    /// How a finding's check can be re-run.
    enum class Method {
        None,      ///< marked by hand: nothing to re-run
        PageCheck, ///< run the page checks on the live page and match the candidates
        Fetch,     ///< request an address again (dead links, availability)
        Manual,    ///< needs a whole-site scan (columns, messages): the inspector judges the page
    };

    static Method methodFor(const QString &checkId);
    /// `pageUrl` is the address the live page ended at; `found` what the checks reported there.
    static RecheckMatch matchCandidates(const Finding &finding, const QUrl &pageUrl, const Candidates &found);
    /// `status` 0 and `error` a FetchResult error key ("dns", "timeout", …) when no answer came.
    static RecheckMatch judgeResponse(const QString &checkId, const QUrl &address, int status,
                                      const QString &error, const QString &errorDetail = {});
    /// Whether two addresses name the same page: scheme, fragment, a trailing slash and the case of
    /// the host do not count.
    static bool samePage(const QUrl &a, const QUrl &b);
    /// Whether a candidate is the finding's problem: the same check at the same text or element.
    static bool isSameProblem(const Finding &finding, const Candidate &candidate);
};

} // namespace xj
