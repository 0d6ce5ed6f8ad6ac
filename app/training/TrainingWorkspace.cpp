// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/TrainingWorkspace.h"

#include "checklist/ChecklistLibrary.h"
#include "inspection/RoundSetup.h"
#include "storage/Database.h"
#include "storage/FindingRepository.h"
#include "storage/RoundRepository.h"
#include "storage/SiteRepository.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"
#include "training/Exercise.h"
#include "training/TrainingScorer.h"

#include <QDir>

namespace xj {

namespace {
const QString WebsiteChecklist = QStringLiteral("national-2019-website");
}

QString TrainingWorkspace::relativeFolder(qint64 attemptId)
{
    return QStringLiteral("training/attempts/%1").arg(attemptId);
}

QString TrainingWorkspace::folder(const QString &dataFolder, qint64 attemptId)
{
    return QDir(dataFolder).filePath(relativeFolder(attemptId));
}

const ChecklistLibrary::Entry *TrainingWorkspace::checklist(const ChecklistLibrary &library,
                                                            const Exercise &exercise)
{
    return library.find(exercise.checklistCode.isEmpty() ? WebsiteChecklist : exercise.checklistCode);
}

Result<TrainingWorkspace::Ids> TrainingWorkspace::existing(const Database &workspace)
{
    auto sites = SiteRepository(workspace).all();
    if (!sites)
        return sites.error();
    auto rounds = RoundRepository(workspace).all();
    if (!rounds)
        return rounds.error();
    if (sites.value().isEmpty() || rounds.value().isEmpty())
        return Ids{};
    return Ids{sites.value().first().id, rounds.value().first().id};
}

Result<TrainingWorkspace::Ids> TrainingWorkspace::prepare(const Database &workspace, const Exercise &exercise,
                                                          const QUrl &siteUrl, const QString &unitName)
{
    auto found = existing(workspace);
    if (!found)
        return found.error();
    const QString url = siteUrl.toString();
    if (found.value().siteId > 0) {
        auto site = SiteRepository(workspace).get(found.value().siteId);
        if (!site)
            return site.error();
        if (site.value().url == url)
            return found;
        // Pages already visited keep their paths on the new port.
        if (Status s = SiteRepository(workspace).rebaseUrls(site.value().id, site.value().url, url); !s)
            return s.error();
        return found;
    }

    ChecklistLibrary library;
    library.load(QString());
    const ChecklistLibrary::Entry *checklist = TrainingWorkspace::checklist(library, exercise);
    if (!checklist)
        return Error{tr("The exercise needs the checklist \"%1\", which this copy of Xunjian does not have. "
                        "Update Xunjian or ask the instructor for another exercise.")
                         .arg(exercise.checklistCode),
                     {}};
    return withTransaction(workspace, [&]() -> Result<Ids> {
        auto unitId = UnitRepository(workspace).findOrCreate(unitName.isEmpty() ? tr("Trainee") : unitName);
        if (!unitId)
            return unitId.error();
        Site site;
        site.name = exercise.siteName.isEmpty() ? exercise.title : exercise.siteName;
        site.url = url;
        site.unitId = unitId.value();
        site.portal = true;
        site.notes = tr("Training exercise: %1").arg(exercise.title);
        const QUrl start =
            siteUrl.resolved(QUrl(exercise.startPage.mid(exercise.startPage.startsWith(u'/'))));
        site.lastUrl = start.toString();
        auto siteId = SiteRepository(workspace).create(site);
        if (!siteId)
            return siteId.error();
        Round round;
        round.kind = RoundKind::Quarterly;
        round.name = tr("Exercise: %1").arg(exercise.title);
        const QDate asOf = exercise.asOf.isValid() ? exercise.asOf : QDate::currentDate();
        round.period = asOf.toString(QStringLiteral("yyyy-MM-dd"));
        round.periodStart = asOf.addMonths(-3);
        round.periodEnd = asOf;
        round.inspectionDate = asOf;
        round.team = tr("Remedial training");
        auto roundId = RoundSetup::create(workspace, round, checklist, nullptr);
        if (!roundId)
            return roundId.error();
        return Ids{siteId.value(), roundId.value()};
    });
}

Result<QList<Finding>> TrainingWorkspace::findings(const Database &workspace)
{
    auto ids = existing(workspace);
    if (!ids)
        return ids.error();
    FindingFilter filter;
    filter.roundId = ids.value().roundId;
    return FindingRepository(workspace).list(filter);
}

Result<TrainingScore> TrainingWorkspace::score(const Database &workspace, const Exercise &exercise)
{
    auto marked = findings(workspace);
    if (!marked)
        return marked.error();
    ChecklistLibrary library;
    library.load(QString());
    QHash<QString, QStringList> itemCategories;
    if (const ChecklistLibrary::Entry *entry = checklist(library, exercise)) {
        for (const ChecklistItem &item : entry->checklist.items)
            itemCategories.insert(item.code, item.categories);
    }
    return TrainingScorer::score(exercise.key, marked.value(), itemCategories);
}

} // namespace xj
