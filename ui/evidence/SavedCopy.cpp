// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence/SavedCopy.h"

#include <QDir>
#include <QSaveFile>

namespace xj {

Status SavedCopy::write(const QString &path, const QByteArray &bytes)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error{
            tr("Cannot write %1. Choose a folder you can write to.").arg(QDir::toNativeSeparators(path)),
            out.errorString()};
    if (out.write(bytes) != bytes.size() || !out.commit())
        return Error{
            tr("Cannot save %1. Check that the disk is not full.").arg(QDir::toNativeSeparators(path)),
            out.errorString()};
    return Status::success();
}

} // namespace xj
