// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "model/Evidence.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSize>

namespace xj {

/// A picture the inspector attaches from disk, typically a screenshot taken on a phone of a WeChat
/// or Douyin account. The bytes are kept exactly as received (they are the evidence); only the
/// format is checked, so a renamed document or a broken file is refused with a clear reason.
struct PictureFile
{
    Q_DECLARE_TR_FUNCTIONS(xj::PictureFile)
public:
    QByteArray bytes;
    QString suffix;    ///< png, jpg, webp, bmp, gif — from the content, not the file name
    QString mediaType; ///< image/png …
    QSize size;
    QString fileName;
    QDateTime lastModified;

    static constexpr qint64 MaxBytes = 50 * 1024 * 1024;
    static Result<PictureFile> load(const QString &path);
    /// The evidence row describing this picture; the caller sets the finding or account record.
    Evidence evidence() const;
};

} // namespace xj
