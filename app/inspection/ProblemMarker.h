// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "model/Evidence.h"
#include "model/Finding.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>

#include <optional>

namespace xj {

class Database;

/// A screenshot taken while marking a problem, and the annotated copy the inspector drew on it
/// (null when they saved it without annotations).
struct ScreenshotInput
{
    QImage original;
    QImage annotated;
    CaptureMode mode = CaptureMode::Visible;
    bool capped = false;
    QString pageUrl;
    QDateTime capturedAt;
};

/// The page as it was at marking time, saved as MHTML, with what the server answered.
struct ArchiveInput
{
    QByteArray mhtml;
    QString pageUrl;
    QString finalUrl;
    int httpStatus = 0;
    QDateTime capturedAt;
};

/// Turns "the inspector marked a problem" into rows and files: the finding and all its evidence are
/// written in one transaction, so a failure leaves neither a finding without its screenshot nor a
/// screenshot without its finding.
class ProblemMarker
{
    Q_DECLARE_TR_FUNCTIONS(xj::ProblemMarker)
public:
    ProblemMarker(const Database &database, const QString &dataDirectory);

    /// Creates the finding with its screenshots (and archive, when given); returns its id.
    Result<qint64> create(const Finding &finding, const QList<ScreenshotInput> &screenshots,
                          const std::optional<ArchiveInput> &archive = std::nullopt) const;
    /// One more screenshot for an existing finding (several per finding are normal).
    Status addScreenshot(qint64 findingId, const ScreenshotInput &screenshot) const;
    /// An archive that finished saving after the finding was created.
    Status addArchive(qint64 findingId, const ArchiveInput &archive) const;

private:
    const Database &m_db;
    QString m_dataDirectory;
};

} // namespace xj
