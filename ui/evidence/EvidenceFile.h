// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "model/Evidence.h"

#include <QByteArray>
#include <QCoreApplication>

namespace xj {

/// The bytes of one evidence file as the store hands them out, or why they cannot be trusted.
/// Reading always goes through EvidenceStore::read, which refuses bytes that no longer match the
/// recorded SHA-256, so nothing altered is ever shown or exported as if it were evidence.
class EvidenceFile
{
    Q_DECLARE_TR_FUNCTIONS(xj::EvidenceFile)
public:
    enum class State { Intact, Missing, Altered, Unreadable };

    static EvidenceFile read(const QString &dataDirectory, const Evidence &evidence);

    State state() const { return m_state; }
    bool isIntact() const { return m_state == State::Intact; }
    const QByteArray &bytes() const { return m_bytes; }
    /// Where the file is (or should be) in the store.
    const QString &path() const { return m_path; }
    /// The store's own explanation, with what to do; empty when intact.
    const Error &error() const { return m_error; }
    /// A short headline for the red warning above the content.
    QString warningTitle() const;

private:
    State m_state = State::Intact;
    QByteArray m_bytes;
    QString m_path;
    Error m_error;
};

} // namespace xj
