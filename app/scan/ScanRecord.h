// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crawler/CrawlSettings.h"
#include "scan/ScanRules.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace xj {

/// One whole-site scan: what was asked (address, T, settings) and where it stands.
struct ScanRecord
{
    enum class State { Queued, Running, Paused, Finished, Cancelled, Failed };

    qint64 id = 0;
    qint64 siteId = 0; ///< 0: an address scanned without a registry record (CLI)
    QString startUrl;
    QDate inspectionDate;
    CrawlSettings settings;
    ScanRules rules;
    State state = State::Queued;
    QString error;
    QJsonObject summary; ///< counts and veto evaluation once finished
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime finishedAt;
    qint64 elapsedMs = 0;

    static QString stateKey(State state);
    static State stateFromKey(const QString &key);
    bool isActive() const
    {
        return state == State::Queued || state == State::Running || state == State::Paused;
    }
};

} // namespace xj
