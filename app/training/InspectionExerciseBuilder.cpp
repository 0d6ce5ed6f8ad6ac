// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/InspectionExerciseBuilder.h"

#include "checklist/ChecklistLoader.h"
#include "evidence/EvidenceStore.h"
#include "model/Finding.h"
#include "storage/ChecklistRepository.h"
#include "storage/Database.h"
#include "storage/EvidenceRepository.h"
#include "storage/FindingRepository.h"
#include "storage/RoundRepository.h"
#include "storage/SiteRepository.h"
#include "training/ArchivedSiteWriter.h"
#include "training/DemoExerciseBuilder.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QUuid>

namespace xj {

Result<QList<Finding>> InspectionExerciseBuilder::loadFindings(const Database &db,
                                                               const QList<qint64> &findingIds)
{
    if (findingIds.isEmpty())
        return Error{tr("Choose at least one finding to make an exercise from."), {}};
    const FindingRepository findings(db);
    QList<Finding> out;
    for (qint64 id : findingIds) {
        auto deleted = findings.isDeleted(id);
        if (!deleted)
            return deleted.error();
        if (deleted.value())
            return Error{
                tr("Finding %1 has been deleted. Restore it or leave it out of the exercise.").arg(id), {}};
        auto finding = findings.get(id);
        if (!finding)
            return finding.error();
        // The key scores a trainee by checklist item: an entry without one could never be matched.
        if (finding.value().itemCode.isEmpty())
            return Error{tr("Finding %1 is not counted against a checklist item. Choose its item first, or "
                            "leave it out of the exercise.")
                             .arg(id),
                         {}};
        if (!out.isEmpty() && finding.value().siteId != out.first().siteId)
            return Error{
                tr("The chosen findings belong to different sites. An exercise shows one site: choose "
                   "findings of one site only."),
                {}};
        out.append(finding.value());
    }
    return out;
}

Result<InspectionExerciseBuilder::Source> InspectionExerciseBuilder::sourceOf(const Database &db,
                                                                              qint64 findingId)
{
    auto evidence = EvidenceRepository(db).forFinding(findingId);
    if (!evidence)
        return evidence.error();
    Source source;
    source.findingId = findingId;
    // A re-check's archive or picture shows the page after the fix, not the problem.
    for (const Evidence &e : evidence.value()) {
        if (e.atRecheck)
            continue;
        if (e.kind == EvidenceKind::Archive)
            source.archives.append(e);
        else if (source.picture.id == 0 ||
                 (e.kind == EvidenceKind::Annotated && source.picture.kind != EvidenceKind::Annotated))
            source.picture = e;
    }
    return source;
}

InspectionExerciseBuilder::Checklist InspectionExerciseBuilder::checklistOf(const Database &db,
                                                                            qint64 roundId, qint64 siteId)
{
    Checklist checklist;
    auto round = RoundRepository(db).get(roundId);
    auto site = SiteRepository(db).get(siteId);
    if (!round || !site)
        return checklist;
    const qint64 templateId = site.value().kind == SiteKind::Website ? round.value().websiteTemplateId
                                                                     : round.value().newMediaTemplateId;
    auto key = db.selectOne(
        QStringLiteral("SELECT template_key FROM checklist_templates WHERE id = ?"), {templateId},
        [](const QSqlQuery &q) { return q.value(0).toString(); }, QString());
    if (key)
        checklist.code = key.value();
    // Categories are part of the template's JSON only; a snapshot that no longer reads leaves them empty.
    auto json = ChecklistRepository(db).snapshotJson(templateId);
    auto loaded = json ? ChecklistLoader::loadBytes(json.value(), checklist.code)
                       : Result<ChecklistTemplate>(json.error());
    if (!loaded)
        return checklist;
    for (const ChecklistItem &item : loaded.value().items)
        checklist.categoryOfItem.insert(item.code, item.categories.value(0));
    return checklist;
}

Status InspectionExerciseBuilder::writeSources(const Database &db, const QString &dataFolder,
                                               const QList<Finding> &findings, const QList<Source> &sources,
                                               const QString &folder, Exercise &exercise)
{
    const EvidenceStore store(dataFolder);
    const QString siteFolder = QDir(folder).filePath(Exercise::SiteFolder);
    QHash<qint64, Checklist> checklists; // by round
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const Finding &finding = findings.at(i);
        const Source &source = sources.at(i);
        if (source.archives.isEmpty())
            continue;
        QString page;
        for (const Evidence &archive : source.archives) {
            auto bytes = store.read(archive.sha256, archive.fileSuffix);
            if (!bytes)
                return Error{tr("The archived page of finding %1 cannot be read: %2")
                                 .arg(finding.id)
                                 .arg(bytes.error().message),
                             bytes.error().detail};
            auto written = ArchivedSiteWriter::write(bytes.value(), siteFolder);
            if (!written)
                return Error{tr("The archived page of finding %1 cannot be used: %2")
                                 .arg(finding.id)
                                 .arg(written.error().message),
                             written.error().detail};
            if (page.isEmpty())
                page = written.value();
        }
        if (!checklists.contains(finding.roundId))
            checklists.insert(finding.roundId, checklistOf(db, finding.roundId, finding.siteId));
        const Checklist &checklist = checklists[finding.roundId];
        if (exercise.checklistCode.isEmpty())
            exercise.checklistCode = checklist.code;

        ExerciseKeyEntry e;
        e.id = QStringLiteral("F%1").arg(finding.id);
        e.itemCode = finding.itemCode;
        e.category = checklist.categoryOfItem.value(finding.itemCode);
        e.page = page;
        e.text = finding.elementText;
        e.selector = finding.elementSelector;
        e.description = finding.description;
        if (source.picture.id != 0) {
            auto picture = store.read(source.picture.sha256, source.picture.fileSuffix);
            if (!picture)
                return picture.error();
            e.evidenceFile =
                Exercise::KeyFolder + QStringLiteral("/F%1.").arg(finding.id) + source.picture.fileSuffix;
            if (Status s =
                    ArchivedSiteWriter::writeFile(folder, QLatin1Char('/') + e.evidenceFile, picture.value());
                !s)
                return s;
        }
        if (exercise.key.isEmpty()) {
            exercise.startPage = page;
            auto round = RoundRepository(db).get(finding.roundId);
            exercise.asOf = round && round.value().inspectionDate.isValid() ? round.value().inspectionDate
                                                                            : finding.foundAt.date();
        }
        exercise.key.append(e);
    }
    return Status::success();
}

Result<InspectionExerciseResult> InspectionExerciseBuilder::build(const Database &db,
                                                                  const QString &dataFolder,
                                                                  const QList<qint64> &findingIds,
                                                                  const InspectionExerciseRequest &request,
                                                                  const QString &folder)
{
    auto findings = loadFindings(db, findingIds);
    if (!findings)
        return findings.error();
    InspectionExerciseResult result;
    QList<Source> sources;
    for (const Finding &f : findings.value()) {
        auto source = sourceOf(db, f.id);
        if (!source)
            return source.error();
        if (source.value().archives.isEmpty())
            result.leftOut.append(f.id);
        sources.append(source.value());
    }
    if (result.leftOut.size() == findings.value().size())
        return Error{
            tr("None of the chosen findings has an archived page. Mark one of the problems again with a "
               "screenshot (Mark menu), which archives its page, then try again."),
            {}};
    auto site = SiteRepository(db).get(findings.value().first().siteId);
    if (!site)
        return site.error();
    if (Status s = DemoExerciseBuilder::prepareFolder(folder); !s)
        return s.error();

    Exercise &exercise = result.exercise;
    exercise.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    exercise.source = ExerciseSource::Inspection;
    exercise.siteName = site.value().name;
    exercise.createdAt = QDateTime::currentDateTimeUtc();
    exercise.createdBy = request.createdBy;
    if (Status s = writeSources(db, dataFolder, findings.value(), sources, folder, exercise); !s) {
        DemoExerciseBuilder::discardFolder(folder);
        return s.error();
    }
    const int count = int(exercise.key.size());
    exercise.title = request.title.trimmed().isEmpty()
                         ? tr("Practice on %1 (%n finding(s))", nullptr, count).arg(exercise.siteName)
                         : request.title.trimmed();
    if (Status s = exercise.save(folder); !s) {
        DemoExerciseBuilder::discardFolder(folder);
        return s.error();
    }
    return result;
}

} // namespace xj
