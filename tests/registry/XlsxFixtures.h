// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

/// Runs xlsx_fixture_writer, which writes shared.xlsx, inline.xlsx, two.xlsx, hidden.xlsx and
/// registry.xlsx into `dir` with libxlsxwriter (see that program for why it is a separate process).
bool writeFixtureWorkbooks(const QString &dir);

using ZipEntries = QList<std::pair<QString, QByteArray>>;

/// Writes a zip archive with these entries (for hand-made and broken workbooks).
bool writeZip(const QString &path, const ZipEntries &entries);

/// The smallest workbook package around one worksheet's XML (and optional shared strings, found
/// by their default path: the package does not declare them).
ZipEntries minimalXlsxParts(const QByteArray &sheetXml, const QByteArray &sharedStringsXml = {});
