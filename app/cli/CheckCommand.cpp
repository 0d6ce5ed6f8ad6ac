// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CheckCommand.h"

#include "checks/CandidateExport.h"
#include "checks/CheckDictionaryLoader.h"
#include "checks/HtmlDecoder.h"
#include "checks/StaticPageReader.h"
#include "storage/Database.h"
#include "storage/SiteRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace xj {

namespace {

// Larger files are not web pages an inspector saved; reading them would only take the memory.
constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;

/// The registry record whose address has the page's host and port, if any.
Site siteForUrl(const Database &db, const QUrl &url)
{
    auto sites = SiteRepository(db).all();
    if (!sites)
        return {};
    for (const Site &s : sites.value()) {
        if (!s.url.isEmpty() &&
            QUrl::fromUserInput(s.url).host().compare(url.host(), Qt::CaseInsensitive) == 0)
            return s;
    }
    return {};
}

} // namespace

QString CheckCommand::summary() const
{
    return tr("Run the automated page checks on a saved HTML page and print the candidates.");
}

void CheckCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE.html"), tr("The saved page."));
    parser.addOption({QStringLiteral("url"), tr("The address the page was saved from (default: the file)."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("date"), tr("The inspection date T (default: today)."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("site-code"),
                      tr("The site's 网站标识码 in the registry, to compare with the page."),
                      QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("format"), tr("json (default) or csv."), QStringLiteral("FORMAT"),
                      QStringLiteral("json")});
    parser.addOption({QStringLiteral("data-dir"),
                      tr("A Xunjian data folder: its registry, protected terms and allow-lists are used."),
                      QStringLiteral("DIR")});
}

int CheckCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return badUsage(context, tr("check needs exactly one HTML file."));
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (format != QLatin1String("json") && format != QLatin1String("csv"))
        return badUsage(context, tr("--format must be json or csv."));
    QDate date = QDate::currentDate();
    if (parser.isSet(QStringLiteral("date"))) {
        date = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
        if (!date.isValid())
            return badUsage(context, tr("--date must be a date such as 2026-11-20."));
    }
    QUrl url = QUrl::fromLocalFile(QFileInfo(args.first()).absoluteFilePath());
    if (parser.isSet(QStringLiteral("url"))) {
        url = QUrl::fromUserInput(parser.value(QStringLiteral("url")));
        if (!url.isValid() || url.host().isEmpty())
            return badUsage(context,
                            tr("--url must be a web address such as http://www.example.gov.cn/index.html."));
    }

    QFile file(args.first());
    if (!file.open(QIODevice::ReadOnly))
        return fail(context, tr("The file %1 cannot be read: %2")
                                 .arg(QDir::toNativeSeparators(args.first()), file.errorString()));
    if (file.size() > MaxFileBytes)
        return fail(
            context,
            tr("The file is larger than %1 MB; that is not a saved web page.").arg(MaxFileBytes >> 20));
    auto decoded = HtmlDecoder::decode(file.readAll());
    if (!decoded)
        return fail(context, decoded.error().fullText());

    std::unique_ptr<Database> db;
    if (parser.isSet(QStringLiteral("data-dir"))) {
        db = openDatabase(parser, context);
        if (!db)
            return ExitFailed;
    }
    PageSnapshot page = StaticPageReader::read(decoded.value().html, url);
    page.inspectionDate = date;
    if (db) {
        page.site = siteForUrl(*db, url);
        page.parentPortalHost = CheckDictionaryLoader::parentPortalHost(*db, page.site);
    }
    auto dictionaries = CheckDictionaryLoader::load(db.get(), page.site.id);
    if (!dictionaries)
        return fail(context, dictionaries.error().fullText());
    if (parser.isSet(QStringLiteral("site-code")))
        page.site.siteCode = parser.value(QStringLiteral("site-code")).trimmed();

    CheckOptions options;
    if (db) {
        auto loaded = CheckDictionaryLoader::options(*db, page.site.id, url.toString());
        if (!loaded)
            return fail(context, loaded.error().fullText());
        options = loaded.value();
    }
    const Candidates candidates = CheckEngine(dictionaries.value()).run(page, options);
    if (format == QLatin1String("csv"))
        context.out << QString::fromUtf8(CandidateExport::csv(candidates).mid(3));
    else
        context.out << QString::fromUtf8(
            CandidateExport::json(candidates, url, date, decoded.value().charset));
    return ExitDone;
}

} // namespace xj
