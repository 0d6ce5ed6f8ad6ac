// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/pdf/PictureLoader.h"

#include "report/ReportLogging.h"
#include "report/pdf/ReportTextDocument.h"

#include <QImageReader>
#include <QSet>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace xj {

namespace {

/// Screenshots are stored at about this resolution of their printed size: sharp on paper, yet a
/// notice with sixty pictures stays a few megabytes.
constexpr double PictureDpi = 200;
constexpr double PictureMaxHeightMm = 60;

} // namespace

QString PictureLoader::key(const QString &path, double width)
{
    return path + QLatin1Char('|') + QString::number(qRound(width));
}

std::optional<PrintPicture> PictureLoader::loadOne(const QString &path, double width)
{
    QImageReader reader(path);
    QImage image;
    QSize source = reader.size();
    if (!source.isValid() && reader.canRead()) { // the format does not tell its size up front
        image = reader.read();
        source = image.size();
    }
    if (source.isEmpty() || width <= 0) {
        qCWarning(lcReport) << "picture left out, it cannot be read:" << path << reader.errorString();
        return std::nullopt;
    }
    // As wide as the column, but no taller than PictureMaxHeightMm, which a full-page screenshot
    // would be.
    QSizeF shown(width, width * source.height() / source.width());
    const double maxHeight = ReportTextDocument::mmToLayout(PictureMaxHeightMm);
    if (shown.height() > maxHeight)
        shown = QSizeF(maxHeight * source.width() / source.height(), maxHeight);
    const QSize stored =
        (shown * (PictureDpi / ReportTextDocument::LayoutDpi)).toSize().expandedTo(QSize(1, 1));
    if (image.isNull()) {
        if (stored.width() < source.width())
            reader.setScaledSize(stored);
        image = reader.read();
    } else if (stored.width() < image.width()) {
        image = image.scaled(stored, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    }
    if (image.isNull()) {
        qCWarning(lcReport) << "picture left out, it cannot be decoded:" << path << reader.errorString();
        return std::nullopt;
    }
    return PrintPicture{image, shown};
}

QHash<QString, PrintPicture> PictureLoader::load(const QList<Request> &requests)
{
    QList<Request> distinct;
    QSet<QString> seen;
    for (const Request &r : requests) {
        if (!seen.contains(key(r.path, r.width))) {
            seen.insert(key(r.path, r.width));
            distinct.append(r);
        }
    }
    // Each task writes only its own slot, so the slots need no lock.
    QList<std::optional<PrintPicture>> results(distinct.size());
    const int threads = std::min<int>(QThread::idealThreadCount(), int(distinct.size()));
    if (threads <= 1) {
        for (qsizetype i = 0; i < distinct.size(); ++i)
            results[i] = loadOne(distinct.at(i).path, distinct.at(i).width);
    } else {
        QThreadPool pool;
        pool.setMaxThreadCount(threads);
        std::optional<PrintPicture> *out = results.data();
        for (qsizetype i = 0; i < distinct.size(); ++i) {
            const Request request = distinct.at(i);
            pool.start([out, i, request] { out[i] = loadOne(request.path, request.width); });
        }
        pool.waitForDone();
    }
    QHash<QString, PrintPicture> pictures;
    for (qsizetype i = 0; i < distinct.size(); ++i) {
        if (results.at(i))
            pictures.insert(key(distinct.at(i).path, distinct.at(i).width), *results.at(i));
    }
    return pictures;
}

} // namespace xj
