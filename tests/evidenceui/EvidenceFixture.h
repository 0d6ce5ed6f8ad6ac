// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Evidence.h"

#include <QColor>
#include <QImage>
#include <QRect>

namespace xj {
class Database;
}

/// A finding with recorded evidence in a fresh workspace: an annotated screenshot (the original
/// has a red block, the annotated copy paints it blue) and an archived page with a known text.
struct EvidenceFixture
{
    static constexpr QRect Block{40, 30, 60, 40};
    static constexpr QSize ImageSize{200, 120};
    static QColor originalColour() { return QColor(220, 20, 30); }
    static QColor annotationColour() { return QColor(20, 40, 210); }
    static QString archivedText() { return QStringLiteral("归档证据 Archived proof 7731"); }

    static QImage originalImage();
    static QImage annotatedImage();
    /// A hand-written single-page MHTML archive whose body shows `text`.
    static QByteArray mhtml(const QString &text);

    /// A unit, a website, a round and one finding on it; false (with a test failure) on error.
    bool createFinding(const xj::Database &db);
    /// Records the annotated screenshot pair and the archive for the finding.
    bool recordEvidence(const xj::Database &db, const QString &dataDirectory);

    qint64 roundId = 0;
    qint64 siteId = 0;
    qint64 findingId = 0;
    xj::Evidence original;
    xj::Evidence annotated;
    xj::Evidence archive;
};

/// The bounding box of the pixels of exactly `colour` in `image`; null when there are none.
QRect colourBox(const QImage &image, const QColor &colour);
