// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/Candidate.h"
#include "core/Result.h"
#include "scan/ScanCandidate.h"
#include "scan/ScanRecord.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace xj {

class Database;

/// Judges a crawl once it is over: every dead link once with all its source pages, soft 404s and
/// redirect loops; the page checks' hits merged across pages (a footer typo is one candidate seen
/// on 300 pages); columns, the home page and message boards from the facts each page left; the
/// availability probes. Writes the candidates and returns the summary (counts and the W-V2…W-V5
/// verdicts). Run again after a resume, it replaces its open candidates and keeps what an
/// inspector already accepted or dismissed.
class ScanEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(xj::ScanEvaluator)
public:
    /// Pages listed per merged page-check candidate (the count covers all).
    static constexpr int MaxPagesListed = 20;

    explicit ScanEvaluator(const Database &database);

    Result<QJsonObject> evaluate(const ScanRecord &scan, bool partial) const;

    /// The compact form page-check hits take in scan_urls.facts ("k").
    static QJsonArray pageCandidatesToJson(const Candidates &candidates);
    /// Message for a dead link from its fetch error key and status.
    static QString brokenLinkMessage(const QString &error, int status, const QString &detail);

private:
    Result<ScanCandidates> linkCandidates(qint64 scanId) const;
    Result<QJsonArray> sourcesOf(qint64 urlId) const;

    const Database &m_db;
};

} // namespace xj
