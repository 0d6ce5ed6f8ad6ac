// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/Candidate.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QUrl>

namespace xj {

/// Candidates as JSON and CSV with the stable check ids, for the CLI and for exports. CSV cells
/// that a spreadsheet would run as a formula (= + - @ at the start) are escaped with a quote.
class CandidateExport
{
public:
    static QJsonObject toJson(const Candidate &candidate);
    static QByteArray json(const Candidates &candidates, const QUrl &url, QDate inspectionDate,
                           const QString &charset = {});
    static QByteArray csv(const Candidates &candidates);
    static QString csvCell(QString text);
};

} // namespace xj
