// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/DashboardLoader.h"

#include "checklist/ChecklistLoader.h"
#include "core/WorkingCalendar.h"
#include "lifecycle/FindingDeadlines.h"
#include "report/notice/RoundDataLoader.h"
#include "report/notice/RoundReportBuilder.h"
#include "storage/ChecklistRepository.h"
#include "storage/FindingRepository.h"
#include "storage/RoundRepository.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSet>

namespace xj {

namespace {

Q_LOGGING_CATEGORY(lcDashboard, "xunjian.dashboard", QtWarningMsg)

/// The checklists the round judges against, the website one first.
Result<QList<ChecklistTemplate>> checklistsOf(const Database &database, const Round &round)
{
    QList<ChecklistTemplate> checklists;
    for (qint64 templateId : {round.websiteTemplateId, round.newMediaTemplateId}) {
        if (templateId <= 0)
            continue;
        auto json = ChecklistRepository(database).snapshotJson(templateId);
        if (!json)
            return json.error();
        auto checklist = ChecklistLoader::loadBytes(
            json.value(), DashboardLoader::tr("checklist of round \"%1\"").arg(round.name));
        if (!checklist)
            return checklist.error();
        checklists.append(checklist.value());
    }
    return checklists;
}

const ChecklistItem *itemOf(const QList<ChecklistTemplate> &checklists, const QString &code)
{
    for (const ChecklistTemplate &c : checklists) {
        if (const ChecklistItem *item = c.item(code))
            return item;
    }
    return nullptr;
}

QList<CategoryCount> categoriesOf(const QList<ChecklistTemplate> &checklists, const QList<Finding> &findings)
{
    QHash<QString, CategoryCount> byArea;
    QStringList order; // the checklist's order breaks ties between equally large areas
    for (const ChecklistTemplate &c : checklists) {
        for (const ChecklistArea &area : c.areas) {
            CategoryCount &category = byArea[area.id];
            if (category.title.isEmpty()) {
                category.areaId = area.id;
                category.title = area.name;
                order.append(area.id);
            }
        }
        for (const ChecklistItem &item : c.items) {
            CategoryCount &category = byArea[item.areaId];
            if (!category.itemCodes.contains(item.code))
                category.itemCodes.append(item.code);
        }
    }
    CategoryCount unassigned;
    unassigned.title = DashboardLoader::tr("Unassigned");
    for (const Finding &f : findings) {
        if (!DashboardLoader::isProblem(f.state))
            continue;
        const ChecklistItem *item = f.itemCode.isEmpty() ? nullptr : itemOf(checklists, f.itemCode);
        CategoryCount *category = item ? &byArea[item->areaId] : &unassigned;
        if (item && category->title.isEmpty()) { // an item of an area the checklist does not list
            category->areaId = item->areaId;
            category->title = item->areaId;
            order.append(item->areaId);
        }
        ++category->problems;
    }
    QList<CategoryCount> categories;
    for (const QString &id : std::as_const(order)) {
        if (byArea.value(id).problems > 0)
            categories.append(byArea.value(id));
    }
    if (unassigned.problems > 0)
        categories.append(unassigned);
    std::stable_sort(categories.begin(), categories.end(),
                     [](const CategoryCount &a, const CategoryCount &b) { return a.problems > b.problems; });
    return categories;
}

QList<VetoFailure> vetoFailuresOf(const QList<ChecklistTemplate> &checklists, const RoundData &data,
                                  const QList<Finding> &findings)
{
    QList<VetoFailure> failures;
    for (const ChecklistTemplate &c : checklists) {
        for (const ChecklistItem *item : c.itemsOfKind(ItemKind::Veto)) {
            QSet<qint64> sites;
            for (const SiteRoundData &s : data.sites) {
                if (s.score.vetoFailedItems.contains(item->code))
                    sites.insert(s.site.id);
            }
            for (const Finding &f : findings) {
                if (f.itemCode == item->code && DashboardLoader::isProblem(f.state))
                    sites.insert(f.siteId);
            }
            if (!sites.isEmpty())
                failures.append({item->code, item->title, int(sites.size())});
        }
    }
    std::stable_sort(failures.begin(), failures.end(),
                     [](const VetoFailure &a, const VetoFailure &b) { return a.sites > b.sites; });
    return failures;
}

RectificationCounts rectificationOf(const QList<Finding> &findings)
{
    RectificationCounts counts;
    for (const Finding &f : findings) {
        if (f.state == FindingState::RecheckPassed)
            ++counts.passed;
        else if (f.state == FindingState::RecheckFailed)
            ++counts.failed;
        else if (DashboardLoader::pendingRectification(f.state))
            ++counts.pending;
    }
    return counts;
}

int problemCount(const QList<Finding> &findings)
{
    return int(std::count_if(findings.cbegin(), findings.cend(),
                             [](const Finding &f) { return DashboardLoader::isProblem(f.state); }));
}

} // namespace

bool DashboardLoader::isProblem(FindingState state)
{
    return state != FindingState::Candidate && state != FindingState::FalsePositive &&
           state != FindingState::Doubtful;
}

bool DashboardLoader::neededRectification(FindingState state)
{
    return pendingRectification(state) || state == FindingState::RecheckPassed ||
           state == FindingState::RecheckFailed;
}

bool DashboardLoader::pendingRectification(FindingState state)
{
    return state == FindingState::Confirmed || state == FindingState::Notified ||
           state == FindingState::FedBack;
}

Result<DashboardFigures> DashboardLoader::load(const Database &database, const QString &dataDirectory,
                                               qint64 roundId, const QDate &today)
{
    // The round's sites and scores exactly as its report reads them.
    auto data = RoundDataLoader::load(database, dataDirectory, roundId);
    if (!data)
        return data.error();
    DashboardFigures figures;
    figures.round = data.value().round;
    auto checklists = checklistsOf(database, figures.round);
    if (!checklists)
        return checklists.error();
    auto findings = FindingRepository(database).list({roundId, 0, false});
    if (!findings)
        return findings.error();
    figures.categories = categoriesOf(checklists.value(), findings.value());
    addRanking(data.value(), figures);
    figures.rectification = rectificationOf(findings.value());
    figures.vetoFailures = vetoFailuresOf(checklists.value(), data.value(), findings.value());

    auto calendar = WorkingCalendar::forDataDirectory(dataDirectory);
    if (!calendar)
        return calendar.error();
    auto overdue = FindingDeadlines::overdue(database, calendar.value(), roundId, today);
    if (!overdue)
        return overdue.error();
    figures.overdue = int(overdue.value().size());
    for (const DeadlineRow &row : overdue.value())
        figures.overdueFindingIds.append(row.finding.id);

    if (Status s = addTrend(database, dataDirectory, data.value(), findings.value(), figures); !s)
        return s.error();
    qCDebug(lcDashboard) << "round" << roundId << "problems in" << figures.categories.size() << "areas,"
                         << figures.ranking.size() << "ranked sites," << figures.trend.size()
                         << "trend rounds";
    return figures;
}

void DashboardLoader::addRanking(const RoundData &data, DashboardFigures &figures)
{
    for (const SiteRoundData *s : RoundReportBuilder::ranking(data))
        figures.ranking.append({s->site.id, s->site.name, s->score.total, s->score.outcome});
}

Status DashboardLoader::addTrend(const Database &database, const QString &dataDirectory,
                                 const RoundData &currentData, const QList<Finding> &currentFindings,
                                 DashboardFigures &figures)
{
    auto rounds = RoundRepository(database).all();
    if (!rounds)
        return rounds.error();
    const Round &current = figures.round;
    QList<Round> quarterly;
    for (const Round &r : rounds.value()) {
        if (r.kind != RoundKind::Quarterly)
            continue;
        if (r.inspectionDate < current.inspectionDate ||
            (r.inspectionDate == current.inspectionDate && r.id <= current.id))
            quarterly.append(r);
    }
    std::sort(quarterly.begin(), quarterly.end(), [](const Round &a, const Round &b) {
        return a.inspectionDate != b.inspectionDate ? a.inspectionDate < b.inspectionDate : a.id < b.id;
    });
    for (const Round &r : std::as_const(quarterly)) {
        // The shown round is loaded already; only the earlier quarters are read here.
        if (r.id == current.id) {
            figures.trend.append(trendPointOf(currentData, currentFindings));
            continue;
        }
        auto point = trendPoint(database, dataDirectory, r.id);
        if (!point)
            return point.error();
        figures.trend.append(point.value());
    }
    return Status::success();
}

Result<TrendPoint> DashboardLoader::trendPoint(const Database &database, const QString &dataDirectory,
                                               qint64 roundId)
{
    auto data = RoundDataLoader::load(database, dataDirectory, roundId);
    if (!data)
        return data.error();
    auto findings = FindingRepository(database).list({roundId, 0, false});
    if (!findings)
        return findings.error();
    return trendPointOf(data.value(), findings.value());
}

TrendPoint DashboardLoader::trendPointOf(const RoundData &data, const QList<Finding> &findings)
{
    const RoundFigures f = RoundFigures::of(data);
    TrendPoint point;
    point.roundId = data.round.id;
    point.roundName = data.round.name;
    point.inspectionDate = data.round.inspectionDate;
    point.problems = problemCount(findings);
    point.passed = f.passed;
    point.failed = f.failed;
    double sum = 0;
    int scored = 0;
    for (const SiteRoundData *s : RoundReportBuilder::ranking(data)) {
        if (s->score.total) {
            sum += *s->score.total;
            ++scored;
        }
    }
    if (scored > 0)
        point.averageScore = sum / scored;
    return point;
}

} // namespace xj
