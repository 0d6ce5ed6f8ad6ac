// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace xj {

/// What went wrong, in words an inspector can act on: `message` says what happened and what to do;
/// `detail` carries the technical cause (an SQL error, a file offset) for the log and the
/// "details" part of a dialog.
struct Error
{
    QString message;
    QString detail;

    QString fullText() const { return detail.isEmpty() ? message : message + QLatin1Char('\n') + detail; }
};

/// The outcome of an operation that yields a value or fails with an Error. Core functions return
/// these instead of throwing, so every caller must look at the failure case.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(Error error)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    /// By value, so that `for (x : call().value())` keeps the list alive for the loop.
    T value() && { return std::get<T>(std::move(m_state)); }
    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

/// A Result without a value.
class Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    {}
    static Status success() { return {}; }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace xj
