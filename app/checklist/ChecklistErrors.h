// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonParseError>
#include <QString>

#include <optional>

namespace xj {

/// Builds the messages of a rejected checklist file. Every message names the file, the place in it
/// (a JSON path such as `items[3].points`, or a line and column for a syntax error) and the reason,
/// in words an office clerk who edited the file by hand can act on.
class ChecklistErrors
{
    Q_DECLARE_TR_FUNCTIONS(xj::ChecklistErrors)
public:
    static Error fieldError(const QString &fileName, const QString &path, const QString &reason);
    static Error syntaxError(const QString &fileName, const QByteArray &bytes, const QJsonParseError &error);
    static Error fileError(const QString &fileName, const QString &reason, const QString &detail = {});

    /// 1-based line and column (in characters, not bytes) of a byte offset into UTF-8 text.
    static std::pair<int, int> lineAndColumn(const QByteArray &bytes, qsizetype offset);

private:
    static QString syntaxReason(QJsonParseError::ParseError error);
};

/// The file being read and the first problem found in it. Readers stop at the first problem: a
/// clerk fixes one thing at a time, and later messages are often consequences of the first.
struct LoadContext
{
    QString fileName;
    std::optional<Error> error;

    /// Records the problem (unless one is already recorded) and returns false for `return fail(…)`.
    bool fail(const QString &path, const QString &reason)
    {
        if (!error)
            error = ChecklistErrors::fieldError(fileName, path, reason);
        return false;
    }
    bool ok() const { return !error.has_value(); }
};

} // namespace xj
