// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ScanCommand.h"

#include "cli/QuitOnSignal.h"
#include "crawler/SiteCrawler.h"
#include "crawler/UrlNormalizer.h"
#include "scan/PageAnalyzerFactory.h"
#include "scan/ScanReportExport.h"
#include "storage/Database.h"
#include "storage/ScanRepository.h"
#include "storage/SiteRepository.h"

#include <QDir>
#include <QEventLoop>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTimer>

namespace xj {

namespace {

QString clock(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600, 2, 10, QLatin1Char('0'))
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

/// The registry site whose address has the scanned host, so its record, protected names and
/// remembered column classes apply.
qint64 siteIdFor(const Database &db, const QUrl &url)
{
    auto sites = SiteRepository(db).all();
    if (!sites)
        return 0;
    for (const Site &s : sites.value()) {
        const QUrl u = QUrl::fromUserInput(s.url);
        if (!s.url.isEmpty() && u.host().compare(url.host(), Qt::CaseInsensitive) == 0 &&
            u.port() == url.port())
            return s.id;
    }
    return 0;
}

} // namespace

QString ScanCommand::summary() const
{
    return tr("Crawl a whole site: dead links, blank and stale columns, messages, dates, page checks.");
}

void ScanCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("URL"), tr("The site's home page."));
    parser.addOption(
        {QStringLiteral("out"), tr("Write the report here: .json or .csv."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("max-pages"), tr("Read at most N pages of the site (default 20000)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("depth"), tr("Follow links at most N clicks deep (default 12)."),
                      QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("concurrency"), tr("Requests at once per host (default 2)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("rate"), tr("Requests per second per host; 0 for no limit (default 2)."),
                      QStringLiteral("R")});
    parser.addOption({QStringLiteral("date"), tr("The inspection date T (default: today)."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption(
        {QStringLiteral("no-robots"), tr("Ignore robots.txt (only with the site owner's consent).")});
    parser.addOption({QStringLiteral("no-external"), tr("Do not check links to other sites.")});
    parser.addOption({QStringLiteral("no-page-checks"), tr("Do not run the page checks on every page.")});
    parser.addOption({QStringLiteral("quiet"), tr("No progress lines.")});
    addDataDirOption(parser);
}

QString ScanCommand::progressLine(const CrawlProgress &p)
{
    QString line = tr("pages %1 read, %2 failed, %3 queued · links %4 checked, %5 queued · %6 pages/s · %7")
                       .arg(p.pagesDone)
                       .arg(p.pagesFailed)
                       .arg(p.pagesQueued)
                       .arg(p.linksChecked)
                       .arg(p.linksQueued)
                       .arg(p.pagesPerSecond, 0, 'f', 1)
                       .arg(clock(p.elapsedMs));
    if (p.evaluating)
        line += tr(" · judging the results…");
    else if (p.etaMs >= 0)
        line += tr(" · about %1 left").arg(clock(p.etaMs));
    return line;
}

int ScanCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return badUsage(context, tr("scan needs exactly one address, such as http://www.example.gov.cn/."));
    const QUrl start = UrlNormalizer::normalize(QUrl::fromUserInput(args.first()));
    if (!start.isValid())
        return badUsage(
            context,
            tr("%1 is not a web address; give one such as http://www.example.gov.cn/.").arg(args.first()));
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return badUsage(context, tr("Give --out report.json or --out report.csv."));
    ScanRecord scan;
    scan.startUrl = start.toString(QUrl::FullyEncoded);
    scan.inspectionDate = QDate::currentDate();
    if (parser.isSet(QStringLiteral("date"))) {
        scan.inspectionDate = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
        if (!scan.inspectionDate.isValid())
            return badUsage(context, tr("--date must be a date such as 2026-11-20."));
    }
    auto number = [&](const char *option, double low, double high, double &value) {
        if (!parser.isSet(QLatin1String(option)))
            return true;
        bool ok = false;
        const double v = parser.value(QLatin1String(option)).toDouble(&ok);
        if (!ok || v < low || v > high)
            return false;
        value = v;
        return true;
    };
    double maxPages = scan.settings.maxPages, depth = scan.settings.maxDepth,
           concurrency = scan.settings.concurrencyPerHost, rate = scan.settings.requestsPerSecond;
    if (!number("max-pages", 1, 10'000'000, maxPages))
        return badUsage(context, tr("--max-pages must be a number from 1 to 10000000."));
    if (!number("depth", 0, 1000, depth))
        return badUsage(context, tr("--depth must be a number from 0 to 1000."));
    if (!number("concurrency", 1, 64, concurrency))
        return badUsage(context, tr("--concurrency must be a number from 1 to 64."));
    if (!number("rate", 0, 100000, rate))
        return badUsage(context,
                        tr("--rate must be 0 (no limit) or a positive number of requests per second."));
    scan.settings.maxPages = int(maxPages);
    scan.settings.maxDepth = int(depth);
    scan.settings.concurrencyPerHost = int(concurrency);
    scan.settings.requestsPerSecond = rate;
    scan.settings.respectRobots = !parser.isSet(QStringLiteral("no-robots"));
    scan.settings.checkExternal = !parser.isSet(QStringLiteral("no-external"));
    scan.settings.runPageChecks = !parser.isSet(QStringLiteral("no-page-checks"));

    // A scan kept in a data folder can be resumed; otherwise it lives in a temporary database.
    std::unique_ptr<Database> db;
    QTemporaryDir temporary;
    if (parser.isSet(QStringLiteral("data-dir"))) {
        db = openDatabase(parser, context);
        if (!db)
            return ExitFailed;
        auto rules = ScanRules::forDataDirectory(dataDirectory(parser).path());
        if (!rules)
            return fail(context, rules.error().fullText());
        scan.rules = rules.value();
    } else {
        db = std::make_unique<Database>();
        if (Status s = db->open(QDir(temporary.path()).filePath(QStringLiteral("scan.sqlite"))); !s)
            return fail(context, s.error().fullText());
    }
    ScanRepository scans(*db);
    scan.siteId = siteIdFor(*db, start);
    auto unfinished = scans.unfinished();
    if (!unfinished)
        return fail(context, unfinished.error().fullText());
    for (const ScanRecord &s : unfinished.value()) {
        if (s.startUrl == scan.startUrl) {
            context.err << tr("Resuming the interrupted scan %1 of %2.").arg(s.id).arg(s.startUrl)
                        << Qt::endl;
            scan = s;
            break;
        }
    }
    if (scan.id == 0) {
        auto id = scans.create(scan);
        if (!id)
            return fail(context, id.error().fullText());
        scan.id = id.value();
    }
    auto analyzer = PageAnalyzerFactory::create(db.get(), scan);
    if (!analyzer)
        return fail(context, analyzer.error().fullText());

    QEventLoop loop;
    const QuitOnSignal quitOnSignal(loop);
    SiteCrawler crawler(*db, scan, analyzer.value());
    ScanRecord::State endState = ScanRecord::State::Running;
    QString endError;
    QObject::connect(&crawler, &SiteCrawler::ended, &loop,
                     [&](qint64, ScanRecord::State state, const QString &error) {
                         endState = state;
                         endError = error;
                         loop.quit();
                     });
    QTimer ticker;
    if (!parser.isSet(QStringLiteral("quiet"))) {
        QObject::connect(&ticker, &QTimer::timeout, &loop,
                         [&] { context.err << progressLine(crawler.progress()) << Qt::endl; });
        ticker.start(1000);
    }
    QTimer::singleShot(0, &crawler, &SiteCrawler::start);
    loop.exec();
    ticker.stop();
    if (endState == ScanRecord::State::Running) {
        // Interrupted: what was read is saved; the rest is still queued.
        crawler.pause();
        if (parser.isSet(QStringLiteral("data-dir")))
            return fail(context,
                        tr("Scan interrupted. Run the same command again to resume where it stopped."));
        return fail(context, tr("Scan interrupted. Give --data-dir to keep a scan that can be resumed."));
    }
    if (endState == ScanRecord::State::Failed)
        return fail(context, endError);
    if (!parser.isSet(QStringLiteral("quiet")))
        context.err << progressLine(crawler.progress()) << Qt::endl;
    auto finished = scans.find(scan.id);
    auto candidates = scans.candidates(scan.id);
    if (!finished || !candidates)
        return fail(context, (finished ? candidates.error() : finished.error()).fullText());
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(ScanReportExport::forFile(out, finished.value(), candidates.value())) < 0 ||
        !file.commit())
        return fail(
            context,
            tr("The report %1 cannot be written: %2").arg(QDir::toNativeSeparators(out), file.errorString()));
    context.out << tr("%1 candidate findings from %2 pages written to %3")
                       .arg(candidates.value().size())
                       .arg(finished.value().summary.value(QLatin1String("pagesRead")).toInt())
                       .arg(QDir::toNativeSeparators(out))
                << Qt::endl;
    return ExitDone;
}

} // namespace xj
