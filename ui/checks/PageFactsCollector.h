// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/Candidate.h"
#include "checks/PageSnapshot.h"
#include "core/Result.h"

#include <QColor>
#include <QDate>
#include <QObject>
#include <QVariant>

#include <functional>

class QWebEngineView;

namespace xj {

/// Reads the page shown in a QWebEngineView into a PageSnapshot for the automated checks, and
/// draws their candidates over it. The work is done by resources/checks/pagefacts.js in Qt
/// WebEngine's isolated world: the page's own scripts cannot see it, and it changes none of the
/// page's elements (highlights are boxes of its own). The snapshot follows StaticPageReader's text
/// rules but takes concealment from computed styles and real boxes (`rendered` is true).
/// Everything is asynchronous (runJavaScript with a callback); callbacks run only while the
/// collector is alive, so deleting it abandons whatever is pending.
class PageFactsCollector : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageFactsCollector)

public:
    /// What a hostile or huge page may cost: the rest is left out and the snapshot says so in the log.
    static constexpr int MaxHtmlCharacters = 4'000'000;
    static constexpr int MaxBlocks = 20'000;
    static constexpr int MaxLinks = 20'000;

    using SnapshotCallback = std::function<void(Result<PageSnapshot>)>;

    explicit PageFactsCollector(QObject *parent = nullptr);

    /// Reads the current document of `view`. The snapshot's site and headers are left for the caller.
    void collect(QWebEngineView *view, QDate inspectionDate, SnapshotCallback done);
    /// Replaces the page's highlights with one per candidate (its text range when it has a text
    /// position in the last collected snapshot, else its element). The item id of a candidate is its
    /// index in `candidates`, for focus(). `done` gets the number drawn (hidden ones have no box).
    void highlight(QWebEngineView *view, const Candidates &candidates,
                   const QColor &colour = QColor(0xe5, 0x39, 0x35), std::function<void(int drawn)> done = {});
    /// Scrolls candidate `index` of the last highlight() to the middle and emphasises it briefly.
    void focus(QWebEngineView *view, int index, std::function<void(bool shown)> done = {});
    void clearHighlights(QWebEngineView *view);

    /// Converts what pagefacts.js's collect() returns; public for tests.
    static Result<PageSnapshot> snapshotFromVariant(const QVariant &value, const QUrl &url,
                                                    QDate inspectionDate);

private:
    void call(QWebEngineView *view, const QString &expression, std::function<void(const QVariant &)> done);
};

} // namespace xj
