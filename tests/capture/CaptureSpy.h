// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/PageCapturer.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <optional>

/// Starts a capture and waits for its outcome: the capture, or nothing (with the failure message
/// in `error`, or "timed out").
inline std::optional<xj::PageCapture> waitForCapture(xj::PageCapturer &capturer,
                                                     const std::function<void()> &start,
                                                     QString *error = nullptr, int timeoutMs = 30000)
{
    QSignalSpy captured(&capturer, &xj::PageCapturer::captured);
    QSignalSpy failed(&capturer, &xj::PageCapturer::failed);
    start();
    const bool ended = QTest::qWaitFor([&] { return !captured.isEmpty() || !failed.isEmpty(); }, timeoutMs);
    if (!captured.isEmpty())
        return captured.first().first().value<xj::PageCapture>();
    const QString message = ended ? failed.first().first().toString() : QStringLiteral("timed out");
    if (error)
        *error = message;
    qWarning().noquote() << "capture failed:" << message;
    return std::nullopt;
}
