// SPDX-License-Identifier: GPL-3.0-or-later
#include "lifecycle/FindingLifecycle.h"

#include "core/Logging.h"
#include "evidence/EvidenceStore.h"
#include "model/FindingStateMachine.h"
#include "storage/Database.h"
#include "storage/FindingHistoryRepository.h"
#include "storage/FindingRepository.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSet>
#include <QSqlQuery>

namespace xj {

namespace {

const QString Passed = QStringLiteral("passed");
const QString Failed = QStringLiteral("failed");

QString suffixForStore(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    // The store names files by hash plus a short safe suffix; anything else is kept as raw bytes.
    return EvidenceStore::isValidSuffix(suffix) ? suffix : QStringLiteral("bin");
}

} // namespace

FindingLifecycle::FindingLifecycle(const Database &database, const QString &dataDirectory)
    : m_db(database)
    , m_dataDirectory(dataDirectory)
{}

Status FindingLifecycle::transition(qint64 findingId, FindingState to, const QString &actor,
                                    const QString &note) const
{
    const FindingRepository findings(m_db);
    return withTransaction(m_db, [&]() -> Status {
        auto finding = findings.get(findingId);
        if (!finding)
            return finding.error();
        if (finding.value().state == to)
            return Error{tr("The finding is already \"%1\".").arg(FindingStates.label(to)), {}};
        Finding changed = finding.value();
        changed.state = to;
        if (Status s = findings.update(changed, actor, note); !s)
            return s;
        return propagate(finding.value(), to, actor);
    });
}

// The earlier rounds' findings follow, so a notice or report of that round shows the same state.
// A finding in the chain that cannot make the move (it was closed differently) is left alone.
Status FindingLifecycle::propagate(const Finding &finding, FindingState to, const QString &actor) const
{
    const FindingRepository findings(m_db);
    QSet<qint64> seen{finding.id};
    qint64 laterId = finding.id;
    qint64 originId = finding.originFindingId;
    while (originId > 0 && !seen.contains(originId)) {
        seen.insert(originId);
        auto origin = findings.get(originId);
        if (!origin)
            return origin.error();
        if (FindingStateMachine::allowed(origin.value().state, to)) {
            Finding changed = origin.value();
            changed.state = to;
            qCDebug(lcStorage) << "finding" << originId << "follows" << laterId << "to"
                               << FindingStates.code(to);
            if (Status s = findings.update(changed, actor,
                                           tr("Same change on the later round's finding #%1").arg(laterId));
                !s)
                return s;
        }
        laterId = originId;
        originId = origin.value().originFindingId;
    }
    return Status::success();
}

Result<FeedbackAttachment> FindingLifecycle::storeAttachment(const QString &path,
                                                             QList<StoredFile> &stored) const
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists())
        return Error{tr("The attachment %1 does not exist. Choose the file again.").arg(shown), {}};
    if (!info.isFile())
        return Error{tr("The attachment %1 is a folder, not a file. Choose the files inside it.").arg(shown),
                     {}};
    if (info.size() > MaxAttachmentBytes)
        return Error{tr("The attachment %1 is larger than %2 MB. Ask the unit for a smaller file or a "
                        "screenshot of the relevant part.")
                         .arg(shown)
                         .arg(MaxAttachmentBytes / (1024 * 1024)),
                     tr("%1 bytes").arg(info.size())};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The attachment %1 cannot be read. Check that it is not open in another program "
                        "and that you may read it.")
                         .arg(shown),
                     file.errorString()};
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{tr("The attachment %1 cannot be read. Check that it is not open in another program "
                        "and that you may read it.")
                         .arg(shown),
                     file.errorString()};
    auto put = EvidenceStore(m_dataDirectory).put(bytes, suffixForStore(info.fileName()));
    if (!put)
        return put.error();
    if (put.value().created)
        stored.append(put.value());
    FeedbackAttachment attachment;
    attachment.fileName = info.fileName();
    attachment.sha256 = put.value().sha256;
    attachment.size = put.value().size;
    attachment.mediaType = QMimeDatabase().mimeTypeForFileNameAndData(info.fileName(), bytes).name();
    attachment.suffix = put.value().suffix;
    return attachment;
}

Result<qint64> FindingLifecycle::recordFeedback(const FeedbackRecord &feedback) const
{
    auto finding = FindingRepository(m_db).get(feedback.findingId);
    if (!finding)
        return finding.error();
    if (!FindingStateMachine::allowed(finding.value().state, FindingState::FedBack))
        return Error{FindingStateMachine::refusal(finding.value().state, FindingState::FedBack), {}};
    if (feedback.body.trimmed().isEmpty() && feedback.attachmentPaths.isEmpty())
        return Error{tr("Enter what the unit answered or attach the files it sent."), {}};

    QList<StoredFile> created;
    auto outcome = withTransaction(m_db, [&]() -> Result<qint64> {
        QList<FeedbackAttachment> attachments;
        for (const QString &path : feedback.attachmentPaths) {
            auto attachment = storeAttachment(path, created);
            if (!attachment)
                return attachment.error();
            attachments.append(attachment.value());
        }
        const QDate receivedOn = feedback.receivedOn.isValid() ? feedback.receivedOn : QDate::currentDate();
        auto q =
            m_db.exec(QStringLiteral("INSERT INTO finding_feedback (finding_id, received_on, body, actor) "
                                     "VALUES (?,?,?,?)"),
                      {feedback.findingId, toDbDate(receivedOn), notNullText(feedback.body.trimmed()),
                       notNullText(feedback.actor.trimmed())});
        if (!q)
            return q.error();
        const qint64 id = q.value().lastInsertId().toLongLong();
        for (const FeedbackAttachment &a : attachments) {
            auto row =
                m_db.exec(QStringLiteral("INSERT INTO feedback_attachments (feedback_id, file_name, sha256, "
                                         "size, media_type, file_suffix) VALUES (?,?,?,?,?,?)"),
                          {id, a.fileName, a.sha256, a.size, notNullText(a.mediaType), a.suffix});
            if (!row)
                return row.error();
        }
        if (Status s = FindingHistoryRepository(m_db).append(
                {0,
                 feedback.findingId,
                 {},
                 feedback.actor,
                 QStringLiteral("feedback"),
                 {},
                 toDbDate(receivedOn),
                 tr("%n attachment(s)", nullptr, int(attachments.size()))});
            !s)
            return s.error();
        if (Status s = transition(feedback.findingId, FindingState::FedBack, feedback.actor,
                                  tr("Feedback received on %1").arg(toDbDate(receivedOn)));
            !s)
            return s.error();
        return id;
    });
    if (!outcome) {
        // Files stored for this feedback only would be orphans; those other rows share stay.
        const EvidenceStore store(m_dataDirectory);
        for (const StoredFile &file : std::as_const(created))
            store.discardNew(file);
    }
    return outcome;
}

Result<qint64> FindingLifecycle::recordRecheck(const RecheckRecord &recheck) const
{
    const FindingState to = recheck.passed ? FindingState::RecheckPassed : FindingState::RecheckFailed;
    return withTransaction(m_db, [&]() -> Result<qint64> {
        auto finding = FindingRepository(m_db).get(recheck.findingId);
        if (!finding)
            return finding.error();
        // A second failed re-check of a failed finding is recorded without a state change.
        if (finding.value().state != to && !FindingStateMachine::allowed(finding.value().state, to))
            return Error{FindingStateMachine::refusal(finding.value().state, to), {}};
        const QDateTime at = recheck.at.isValid() ? recheck.at : QDateTime::currentDateTimeUtc();
        const QString verdict = recheck.passed ? Passed : Failed;
        auto q = m_db.exec(
            QStringLiteral("INSERT INTO finding_rechecks (finding_id, rechecked_at, actor, verdict, "
                           "note, check_result, evidence_id) VALUES (?,?,?,?,?,?,?)"),
            {recheck.findingId, toDbTime(at), notNullText(recheck.actor.trimmed()), verdict,
             notNullText(recheck.note.trimmed()), notNullText(recheck.checkResult),
             idOrNull(recheck.evidenceId)});
        if (!q)
            return q.error();
        const qint64 id = q.value().lastInsertId().toLongLong();
        if (Status s = FindingHistoryRepository(m_db).append({0,
                                                              recheck.findingId,
                                                              at,
                                                              recheck.actor,
                                                              QStringLiteral("recheck"),
                                                              {},
                                                              verdict,
                                                              recheck.note.trimmed()});
            !s)
            return s.error();
        if (finding.value().state != to) {
            if (Status s = transition(recheck.findingId, to, recheck.actor, recheck.note.trimmed()); !s)
                return s.error();
        }
        return id;
    });
}

Result<QList<StoredRecheck>> FindingLifecycle::rechecks(qint64 findingId) const
{
    return m_db.selectAll(
        QStringLiteral(
            "SELECT id, finding_id, rechecked_at, actor, verdict, note, check_result, "
            "coalesce(evidence_id, 0) FROM finding_rechecks WHERE finding_id = ? ORDER BY rechecked_at, id"),
        {findingId}, [](const QSqlQuery &q) {
            StoredRecheck r;
            r.id = q.value(0).toLongLong();
            r.record.findingId = q.value(1).toLongLong();
            r.record.at = fromDbTime(q.value(2));
            r.record.actor = q.value(3).toString();
            r.record.passed = q.value(4).toString() == Passed;
            r.record.note = q.value(5).toString();
            r.record.checkResult = q.value(6).toString();
            r.record.evidenceId = q.value(7).toLongLong();
            return r;
        });
}

Result<QList<StoredFeedback>> FindingLifecycle::feedback(qint64 findingId) const
{
    auto rows = m_db.selectAll(
        QStringLiteral("SELECT id, finding_id, received_on, body, actor, created_at FROM finding_feedback "
                       "WHERE finding_id = ? ORDER BY received_on, id"),
        {findingId}, [](const QSqlQuery &q) {
            StoredFeedback f;
            f.id = q.value(0).toLongLong();
            f.record.findingId = q.value(1).toLongLong();
            f.record.receivedOn = fromDbDate(q.value(2));
            f.record.body = q.value(3).toString();
            f.record.actor = q.value(4).toString();
            f.createdAt = fromDbTime(q.value(5));
            return f;
        });
    if (!rows)
        return rows.error();
    const EvidenceStore store(m_dataDirectory);
    for (StoredFeedback &f : rows.value()) {
        auto files = m_db.selectAll(
            QStringLiteral(
                "SELECT id, file_name, sha256, size, media_type, file_suffix FROM feedback_attachments "
                "WHERE feedback_id = ? ORDER BY id"),
            {f.id}, [](const QSqlQuery &q) {
                return FeedbackAttachment{q.value(0).toLongLong(), q.value(1).toString(),
                                          q.value(2).toString(),   q.value(3).toLongLong(),
                                          q.value(4).toString(),   q.value(5).toString()};
            });
        if (!files)
            return files.error();
        f.attachments = files.value();
        for (const FeedbackAttachment &a : std::as_const(f.attachments))
            f.record.attachmentPaths.append(store.absolutePathFor(a.sha256, a.suffix));
    }
    return rows;
}

} // namespace xj
