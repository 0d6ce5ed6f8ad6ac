// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "model/Notice.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace xj {

class Database;

/// Stores rectification notices and the office's notice settings. Numbering happens here, in one
/// transaction with the insert, so two exports can never hand out the same 文号.
class NoticeRepository
{
    Q_DECLARE_TR_FUNCTIONS(xj::NoticeRepository)
public:
    explicit NoticeRepository(const Database &database);

    Result<std::optional<Notice>> find(qint64 roundId, qint64 siteId) const;
    Result<QList<Notice>> forRound(qint64 roundId) const;
    /// The site's notice for the round: the stored one when it has been issued before, otherwise a
    /// new one numbered with the next serial of the issue date's year, issued on `issuedOn` with
    /// the settings' deadline. Numbers never repeat within a year.
    Result<Notice> issue(qint64 roundId, qint64 siteId, const QDate &issuedOn, const NoticeSettings &settings,
                         const QDate &deadline) const;
    /// What issue() would return, without storing anything: the stored notice, or the number the
    /// next one would get. The preview shows this, so looking at a notice never uses up a number.
    Result<Notice> preview(qint64 roundId, qint64 siteId, const QDate &issuedOn,
                           const NoticeSettings &settings, const QDate &deadline) const;
    /// Saves edits to an issued notice (number, dates, requirements).
    Status update(const Notice &notice) const;

    Result<NoticeSettings> settings() const;
    Status saveSettings(const NoticeSettings &settings) const;

    /// The number the pattern gives: {year} → 2026, {n} → 12, {n:3} → 012. The pattern must contain
    /// {n} (or {n:width}) so two notices never share a number.
    static QString formatNumber(const QString &pattern, int year, int serial);
    static Status validatePattern(const QString &pattern);
    static NoticeSettings defaultSettings();

private:
    Result<Notice> next(qint64 roundId, qint64 siteId, const QDate &issuedOn, const NoticeSettings &settings,
                        const QDate &deadline) const;

    const Database &m_db;
};

} // namespace xj
