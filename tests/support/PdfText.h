// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// The text of a PDF as poppler's pdftotext reads it, with all white space removed: justified
/// Chinese lines come out with spaces between the characters, and names may wrap. Empty when
/// pdftotext fails or takes longer than 30 s.
QString pdfTextWithoutSpaces(const QString &path);
