// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scan/ScanCandidate.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QUrl>

namespace xj {

/// The words a scan's evidence is shown in: the short evidence of a candidate for the results
/// list, the description of the finding an accepted candidate becomes (the message and the
/// evidence an inspector would otherwise copy by hand), and the W-V2…W-V5 verdicts of a summary.
class ScanEvidence
{
    Q_DECLARE_TR_FUNCTIONS(xj::ScanEvidence)
public:
    /// One veto item of a scan's summary.
    struct Verdict
    {
        QString item; ///< "W-V4"
        QString text; ///< counts against thresholds
        bool veto = false;
    };

    /// "HTTP 404 · 2 source pages", "newest 2025-10-01 · 10 items", "seen on 27 pages".
    static QString brief(const ScanCandidate &candidate);
    /// The finding's description: the message, then status, dates and the source pages.
    static QString description(const ScanCandidate &candidate);
    /// The page to open for a candidate: where a dead link is (its first source page), else its own.
    static QUrl pageOf(const ScanCandidate &candidate);
    /// Every page the candidate was seen on, with the anchor text where there is one.
    static QList<QPair<QString, QString>> pages(const ScanCandidate &candidate);
    /// A CSS selector for the candidate's element on pageOf(): the page check's own, or for a
    /// dead link the element that points to it. Empty when there is none.
    static QString selectorOf(const ScanCandidate &candidate);
    /// The W-V2…W-V5 verdicts in a scan's summary, in item order.
    static QList<Verdict> verdicts(const QJsonObject &summary);
};

} // namespace xj
