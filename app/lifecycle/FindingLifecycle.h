// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "model/Finding.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QStringList>

namespace xj {

class Database;
struct StoredFile;

/// What the inspector decided at re-check (复查) of one finding.
struct RecheckRecord
{
    qint64 findingId = 0;
    bool passed = false;
    QString note;        ///< what the inspector saw
    QString checkResult; ///< what the automated check said when re-run; empty when not re-run
    QDateTime at;        ///< now when invalid
    QString actor;
    qint64 evidenceId = 0; ///< the new ("after") screenshot, already recorded; 0 when none
};

/// A re-check as stored.
struct StoredRecheck
{
    qint64 id = 0;
    RecheckRecord record;
};

/// What a unit answered about a finding (已反馈).
struct FeedbackRecord
{
    qint64 findingId = 0;
    QDate receivedOn; ///< today when invalid
    QString body;
    QStringList attachmentPaths; ///< files to copy into the evidence store
    QString actor;
};

/// A file the unit sent with its feedback, kept in the evidence store.
struct FeedbackAttachment
{
    qint64 id = 0;
    QString fileName; ///< as the unit named it
    QString sha256;
    qint64 size = 0;
    QString mediaType;
    QString suffix; ///< of the stored copy
};

/// Feedback as stored, with its files.
struct StoredFeedback
{
    qint64 id = 0;
    FeedbackRecord record; ///< attachmentPaths are the stored copies' paths
    QDateTime createdAt;
    QList<FeedbackAttachment> attachments;
};

/// The rectification lifecycle of findings (FindingStateMachine) as operations on the database.
/// Every operation is one transaction that also writes the history. A change to a finding that was
/// carried forward is applied to the finding it continues as well (when that move is legal there),
/// so the earlier round's documents tell the same story.
class FindingLifecycle
{
    Q_DECLARE_TR_FUNCTIONS(xj::FindingLifecycle)

public:
    FindingLifecycle(const Database &database, const QString &dataDirectory);

    /// Moves a finding to `to`; refuses what the state machine does not allow.
    Status transition(qint64 findingId, FindingState to, const QString &actor,
                      const QString &note = {}) const;
    /// Records the unit's feedback with its files and moves the finding to 已反馈.
    Result<qint64> recordFeedback(const FeedbackRecord &feedback) const;
    /// Records a re-check and moves the finding to 复查通过 or 复查未通过.
    Result<qint64> recordRecheck(const RecheckRecord &recheck) const;
    /// Oldest first.
    Result<QList<StoredRecheck>> rechecks(qint64 findingId) const;
    /// The unit's answers, oldest first, with their files.
    Result<QList<StoredFeedback>> feedback(qint64 findingId) const;

    /// Larger attachments are refused: a unit sends screenshots and documents, not videos.
    static constexpr qint64 MaxAttachmentBytes = 50LL * 1024 * 1024;

private:
    /// Checks and stores one attachment; `stored` collects new files to discard on failure.
    Result<FeedbackAttachment> storeAttachment(const QString &path, QList<StoredFile> &stored) const;
    Status propagate(const Finding &finding, FindingState to, const QString &actor) const;

    const Database &m_db;
    QString m_dataDirectory;
};

} // namespace xj
