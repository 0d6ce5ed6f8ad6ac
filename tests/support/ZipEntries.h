// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

/// Every entry of a zip archive (a .docx, .xlsx or exported batch) by name, read with minizip as
/// an office suite's reader would see it; empty when the file is not a readable zip.
QMap<QString, QByteArray> readZipEntries(const QString &path);
