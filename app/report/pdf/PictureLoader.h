// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QImage>
#include <QList>
#include <QSizeF>
#include <QString>

#include <optional>

namespace xj {

/// A picture ready to print: its pixels at about 200 dpi of the size it is printed at, and that
/// size in layout units (1/ReportTextDocument::LayoutDpi inch).
struct PrintPicture
{
    QImage image;
    QSizeF size;
};

/// Decodes the screenshots of a report, each once and straight to print size (QImageReader
/// scaled reading), several at a time: decoding PNG screenshots is most of the cost of a notice
/// with sixty findings. A picture is as wide as its column and at most 60 mm tall; one that
/// cannot be read is logged and left out.
class PictureLoader
{
public:
    struct Request
    {
        QString path;
        double width = 0; ///< the column's content width, layout units
    };

    /// Every distinct request, on up to QThread::idealThreadCount() threads of a pool of its
    /// own (so it never waits on the pool a batch export may be running in).
    static QHash<QString, PrintPicture> load(const QList<Request> &requests);
    static std::optional<PrintPicture> loadOne(const QString &path, double width);
    static QString key(const QString &path, double width);
};

} // namespace xj
