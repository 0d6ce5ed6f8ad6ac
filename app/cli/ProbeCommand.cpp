// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ProbeCommand.h"

#include "probe/AvailabilityProbe.h"
#include "probe/AvailabilityReport.h"
#include "probe/ProbeSchedule.h"
#include "probe/ProbeScheduler.h"
#include "storage/Database.h"
#include "storage/ProbeRepository.h"
#include "storage/SiteRepository.h"

#include <QEventLoop>

#include <algorithm>

namespace xj {

namespace {

// A limit above five minutes is not a probe of availability but a wait.
constexpr int MaxTimeoutSeconds = 300;
// The example systemd timer and the usual cron line run the command hourly.
constexpr int DefaultIntervalMinutes = 60;

QString option(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

QString ProbeCommand::summary() const
{
    return tr("Probe the home pages of sites once (availability, W-V2) and store the records; for cron or "
              "a systemd timer.");
}

void ProbeCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption({option("site"),
                      tr("A site to probe, by its 网站标识码 or its id in 'xunjian-cli sites'. Repeat for "
                         "several."),
                      tr("CODE")});
    parser.addOption({option("all"), tr("Probe every website in operation that has an address.")});
    parser.addOption(
        {option("if-due"), tr("Skip sites probed recently (by this command or the workbench), following the "
                              "probe schedule.")});
    parser.addOption({option("interval"),
                      tr("How often cron or the timer runs this command, for --if-due (default %1).")
                          .arg(DefaultIntervalMinutes),
                      tr("MINUTES"), QString::number(DefaultIntervalMinutes)});
    parser.addOption(
        {option("timeout"),
         tr("Seconds a page may take to load completely (default %1).").arg(ScanRules{}.probeTimeoutSeconds),
         tr("S")});
    parser.addOption(
        {option("report"), tr("Print attempts, failures, the failure ratio and the verdict of the monitoring "
                              "window instead of probing.")});
    parser.addOption({option("date"),
                      tr("With --report: the last day of the window (default: the window ends now)."),
                      QStringLiteral("YYYY-MM-DD")});
    addDataDirOption(parser);
}

QString ProbeCommand::label(const Site &site)
{
    const QString id = site.siteCode.isEmpty() ? QStringLiteral("#%1").arg(site.id) : site.siteCode;
    return QStringLiteral("%1 %2").arg(id, site.name);
}

Result<QList<Site>> ProbeCommand::chosenSites(const Database &db, const QCommandLineParser &parser)
{
    auto all = SiteRepository(db).all();
    if (!all)
        return all.error();
    QList<Site> chosen;
    if (parser.isSet(option("all"))) {
        for (const Site &s : all.value()) {
            if (ProbeScheduler::isMonitored(s))
                chosen.append(s);
        }
        return chosen;
    }
    for (const QString &wanted : parser.values(option("site"))) {
        const QString key = wanted.trimmed();
        auto match = std::find_if(all.value().cbegin(), all.value().cend(), [&key](const Site &s) {
            return !s.siteCode.isEmpty() && s.siteCode.compare(key, Qt::CaseInsensitive) == 0;
        });
        if (match == all.value().cend())
            match = std::find_if(all.value().cbegin(), all.value().cend(),
                                 [&key](const Site &s) { return QString::number(s.id) == key; });
        if (match == all.value().cend())
            return Error{
                tr("No site has the code or id '%1'. List the registry with 'xunjian-cli sites'.").arg(key),
                {}};
        if (match->kind != SiteKind::Website || match->url.trimmed().isEmpty())
            return Error{tr("%1 has no web address to probe. Add its address in the registry first.")
                             .arg(label(*match)),
                         {}};
        if (!std::any_of(chosen.cbegin(), chosen.cend(), [&](const Site &s) { return s.id == match->id; }))
            chosen.append(*match);
    }
    return chosen;
}

int ProbeCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    if (!parser.positionalArguments().isEmpty())
        return badUsage(context, tr("probe takes no arguments besides its options."));
    const bool all = parser.isSet(option("all"));
    const bool some = parser.isSet(option("site"));
    if (all == some)
        return badUsage(context, tr("Choose the sites: --site CODE (repeatable) or --all."));
    ScanRules rules;
    if (parser.isSet(option("timeout"))) {
        bool ok = false;
        const int seconds = parser.value(option("timeout")).toInt(&ok);
        if (!ok || seconds < 1 || seconds > MaxTimeoutSeconds)
            return badUsage(context,
                            tr("--timeout must be a number of seconds from 1 to %1.").arg(MaxTimeoutSeconds));
        rules.probeTimeoutSeconds = seconds;
    }
    bool intervalOk = false;
    const int interval = parser.value(option("interval")).toInt(&intervalOk);
    if (!intervalOk || interval < 1 || interval > 24 * 60)
        return badUsage(context, tr("--interval must be a number of minutes from 1 to 1440."));
    QDateTime end = QDateTime::currentDateTimeUtc();
    if (parser.isSet(option("date"))) {
        const QDate date = QDate::fromString(parser.value(option("date")), Qt::ISODate);
        if (!date.isValid())
            return badUsage(context, tr("--date must be a date such as 2026-11-20."));
        end = AvailabilityReport::endOfDay(date);
    }
    if (parser.isSet(option("report")) && parser.isSet(option("if-due")))
        return badUsage(context, tr("--report does not probe, so it cannot be combined with --if-due."));

    auto db = openDatabase(parser, context);
    if (!db)
        return ExitFailed;
    auto sites = chosenSites(*db, parser);
    if (!sites)
        return fail(context, sites.error().fullText());
    if (sites.value().isEmpty()) {
        context.err << tr("No website in operation has an address; there is nothing to probe.") << Qt::endl;
        return ExitDone;
    }
    if (parser.isSet(option("report")))
        return report(*db, sites.value(), end, rules, context);

    QList<Site> due = sites.value();
    if (parser.isSet(option("if-due"))) {
        auto last = ProbeRepository(*db).lastProbes();
        if (!last)
            return fail(context, last.error().fullText());
        const ProbeSchedule schedule(rules);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        due.removeIf([&](const Site &site) {
            const QDateTime previous = last.value().value(site.id);
            if (schedule.isDue(previous, now, qint64(interval) * 60))
                return false;
            context.out << tr("%1: skipped, probed %n minute(s) ago and not due yet.", nullptr,
                              int(previous.secsTo(now) / 60))
                               .arg(label(site))
                        << Qt::endl;
            return true;
        });
    }
    return probe(*db, due, rules, context);
}

int ProbeCommand::probe(const Database &db, const QList<Site> &sites, const ScanRules &rules,
                        CliContext &context)
{
    if (sites.isEmpty())
        return ExitDone;
    QHash<qint64, Site> byId;
    for (const Site &s : sites)
        byId.insert(s.id, s);
    ProbeScheduler scheduler(db, rules);
    QEventLoop loop;
    bool storageFailed = false;
    QObject::connect(&scheduler, &ProbeScheduler::recorded, &loop, [&](const ProbeResult &r) {
        const QString site = label(byId.value(r.siteId));
        if (r.ok)
            context.out << tr("%1: available, HTTP %2 in %3 ms.").arg(site).arg(r.status).arg(r.elapsedMs);
        else if (r.status > 0)
            context.out << tr("%1: NOT AVAILABLE, %2 (HTTP %3, %4 ms).")
                               .arg(site, AvailabilityProbe::describeError(r.error))
                               .arg(r.status)
                               .arg(r.elapsedMs);
        else
            context.out << tr("%1: NOT AVAILABLE, %2 (%3 ms).")
                               .arg(site, AvailabilityProbe::describeError(r.error))
                               .arg(r.elapsedMs);
        context.out << Qt::endl;
    });
    QObject::connect(&scheduler, &ProbeScheduler::failed, &loop, [&](const QString &message) {
        storageFailed = true;
        fail(context, message);
    });
    QObject::connect(&scheduler, &ProbeScheduler::idle, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    scheduler.probeSites(sites);
    loop.exec();
    return storageFailed ? ExitFailed : ExitDone;
}

int ProbeCommand::report(const Database &db, const QList<Site> &sites, const QDateTime &end,
                         const ScanRules &rules, CliContext &context)
{
    const AvailabilityReport frame({}, end, rules);
    context.out << tr("Availability from %1 to %2 (%3 days, at least %4 probes a day, veto at %5 %):")
                       .arg(frame.from().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                            frame.to().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                       .arg(frame.days().size())
                       .arg(rules.probesPerDay)
                       .arg(rules.unavailableVetoRatio * 100.0, 0, 'g', 3)
                << Qt::endl;
    const ProbeRepository probes(db);
    for (const Site &site : sites) {
        auto records = probes.resultsFor(site.id, frame.from(), frame.to());
        if (!records)
            return fail(context, records.error().fullText());
        const AvailabilityReport r(records.value(), end, rules);
        QString verdict;
        if (r.attempts() == 0)
            verdict = tr("no probes recorded");
        else if (r.isVetoed())
            verdict = tr("VETO (W-V2 站点无法访问)");
        else
            verdict = tr("below the threshold");
        context.out << tr("%1: %2 attempts, %3 failed, %4 %: %5")
                           .arg(label(site))
                           .arg(r.attempts())
                           .arg(r.failures())
                           .arg(r.ratio() * 100.0, 0, 'f', 2)
                           .arg(verdict);
        if (r.attempts() > 0 && !r.isSufficient())
            context.out << tr("; monitoring insufficient: %n day(s) with fewer than %1 probes", nullptr,
                              r.shortDays())
                               .arg(rules.probesPerDay);
        context.out << Qt::endl;
    }
    return ExitDone;
}

} // namespace xj
