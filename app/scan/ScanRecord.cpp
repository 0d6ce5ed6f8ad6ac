// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/ScanRecord.h"

namespace xj {

QString ScanRecord::stateKey(State state)
{
    switch (state) {
    case State::Queued:
        return QStringLiteral("queued");
    case State::Running:
        return QStringLiteral("running");
    case State::Paused:
        return QStringLiteral("paused");
    case State::Finished:
        return QStringLiteral("finished");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("queued");
}

ScanRecord::State ScanRecord::stateFromKey(const QString &key)
{
    for (State s :
         {State::Queued, State::Running, State::Paused, State::Finished, State::Cancelled, State::Failed}) {
        if (stateKey(s) == key)
            return s;
    }
    return State::Queued;
}

} // namespace xj
