// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "registry/SheetTable.h"

#include <QCoreApplication>

namespace xj {

/// Reads a registry saved as CSV (RFC 4180): quoted cells, doubled quotes, line breaks inside quotes,
/// CRLF, LF or CR line ends. The separator is a comma unless the first lines clearly use tabs or
/// semicolons, or an Excel "sep=;" line names it. The encoding is guessed by TextDecoder. Excel's
/// ="0123" trick for keeping leading zeros is undone, so codes come out as the inspector typed them.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(xj::CsvReader)
public:
    /// Larger files are refused: a registry of a few hundred sites is well under a megabyte.
    static constexpr qint64 MaxFileBytes = 50 * 1024 * 1024;

    static Result<SheetTable> readFile(const QString &path);
    static Result<SheetTable> read(const QByteArray &bytes);

    /// ',', '\t' or ';': whichever occurs most outside quotes in the first lines (',' on a tie).
    static QChar detectSeparator(QStringView text);
    /// Splits decoded text into rows; blank rows are left out but counted.
    static Result<QList<SheetRow>> parse(QStringView text, QChar separator);
};

} // namespace xj
