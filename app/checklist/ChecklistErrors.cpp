// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/ChecklistErrors.h"

#include <QDir>

namespace xj {

Error ChecklistErrors::fieldError(const QString &fileName, const QString &path, const QString &reason)
{
    return Error{tr("The checklist file %1 has a problem in %2: %3")
                     .arg(QDir::toNativeSeparators(fileName), path, reason),
                 {}};
}

Error ChecklistErrors::fileError(const QString &fileName, const QString &reason, const QString &detail)
{
    return Error{
        tr("The checklist file %1 cannot be used: %2").arg(QDir::toNativeSeparators(fileName), reason),
        detail};
}

Error ChecklistErrors::syntaxError(const QString &fileName, const QByteArray &bytes,
                                   const QJsonParseError &error)
{
    const auto [line, column] = lineAndColumn(bytes, error.offset);
    return Error{tr("The checklist file %1 is not valid JSON at line %2, column %3: %4")
                     .arg(QDir::toNativeSeparators(fileName))
                     .arg(line)
                     .arg(column)
                     .arg(syntaxReason(error.error)),
                 tr("JSON parser: %1 (byte offset %2)").arg(error.errorString()).arg(error.offset)};
}

std::pair<int, int> ChecklistErrors::lineAndColumn(const QByteArray &bytes, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, bytes.size());
    const QByteArrayView before(bytes.constData(), offset);
    const int line = int(before.count('\n')) + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    // Columns count characters because a clerk's editor does: one Chinese character is one column
    // although UTF-8 spends three bytes on it.
    const int column = int(QString::fromUtf8(before.sliced(lineStart)).size()) + 1;
    return {line, column};
}

QString ChecklistErrors::syntaxReason(QJsonParseError::ParseError error)
{
    switch (error) {
    case QJsonParseError::UnterminatedObject:
        return tr("a closing curly brace } is missing, or a comma is missing between two fields");
    case QJsonParseError::MissingNameSeparator:
        return tr("a colon : is missing after a field name");
    case QJsonParseError::UnterminatedArray:
        return tr("a closing square bracket ] is missing, or a comma is missing between two entries");
    case QJsonParseError::MissingValueSeparator:
        return tr("a comma is missing between two entries");
    case QJsonParseError::IllegalValue:
        return tr("there is a value that JSON does not allow here, e.g. text without quotes or a comma "
                  "after the last entry");
    case QJsonParseError::TerminationByNumber:
    case QJsonParseError::IllegalNumber:
        return tr("a number is written wrongly (use digits and a dot, e.g. 0.5)");
    case QJsonParseError::IllegalEscapeSequence:
        return tr("a backslash \\ starts an escape that JSON does not know; write \\\\ for a backslash");
    case QJsonParseError::IllegalUTF8String:
        return tr("the file is not saved as UTF-8; save it again choosing the UTF-8 encoding");
    case QJsonParseError::UnterminatedString:
        return tr("a closing quote \" is missing");
    case QJsonParseError::MissingObject:
        return tr("the file must start with a curly brace {");
    case QJsonParseError::DeepNesting:
        return tr("the file nests too deeply");
    case QJsonParseError::DocumentTooLarge:
        return tr("the file is too large");
    case QJsonParseError::GarbageAtEnd:
        return tr("there is more text after the final closing curly brace }");
    case QJsonParseError::NoError:
        break;
    }
    return tr("the file is not valid JSON");
}

} // namespace xj
