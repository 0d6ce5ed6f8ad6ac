// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>

#include <optional>

namespace xj {

/// A picture ready to go into word/media: PNG or JPEG bytes and the pixel size. A PNG or JPEG
/// file that is small enough goes in unchanged (no quality loss, no work); anything else is
/// decoded, turned upright, shrunk to MaxWidthPx and encoded again, because a notice full of
/// full-resolution screenshots would be too big to send by e-mail or the 政务 OA system.
class DocxImage
{
public:
    static constexpr int MaxWidthPx = 1600;

    /// Nothing (and a warning in the log) when the file is missing or not a picture.
    static std::optional<DocxImage> load(const QString &path);

    const QByteArray &data() const { return m_data; }
    /// "png" or "jpeg", the extension of the media part.
    QString extension() const { return m_extension; }
    QSize pixelSize() const { return m_pixelSize; }

private:
    QByteArray m_data;
    QString m_extension;
    QSize m_pixelSize;
};

} // namespace xj
