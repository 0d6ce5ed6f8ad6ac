// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/DemoSiteCommand.h"

#include "demo/DemoSiteGenerator.h"

#include <QDir>

namespace xj {

QString DemoSiteCommand::summary() const
{
    return tr("Write a demo county website with planted problems and an answer key.");
}

void DemoSiteCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("out"),
                      tr("Folder to write the site to (must be new, empty, or an earlier demo site)."),
                      tr("DIR")});
    parser.addOption({QStringLiteral("seed"), tr("Seed; the same seed gives the same site (default 1)."),
                      tr("N"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("pages"),
                      tr("Number of article pages, %1 to %2 (default 120).")
                          .arg(DemoSiteSpec::MinimumArticlePages)
                          .arg(DemoSiteSpec::MaximumArticlePages),
                      tr("N"), QStringLiteral("120")});
    parser.addOption({QStringLiteral("clean"), tr("Write the site without any planted problem.")});
    parser.addOption(
        {QStringLiteral("today"),
         tr("Inspection date the site's dates are measured against (default: the current date)."),
         tr("YYYY-MM-DD")});
}

int DemoSiteCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    if (!parser.positionalArguments().isEmpty())
        return badUsage(context, tr("Unexpected argument '%1'.").arg(parser.positionalArguments().first()));
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return badUsage(context, tr("Missing --out DIR: the folder to write the site to."));

    DemoSiteSpec spec;
    bool ok = false;
    spec.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return badUsage(context, tr("--seed must be a whole number from 0 to 18446744073709551615."));
    spec.articlePages = parser.value(QStringLiteral("pages")).toInt(&ok);
    if (!ok || spec.articlePages < DemoSiteSpec::MinimumArticlePages ||
        spec.articlePages > DemoSiteSpec::MaximumArticlePages) {
        return badUsage(context, tr("--pages must be a number from %1 to %2.")
                                     .arg(DemoSiteSpec::MinimumArticlePages)
                                     .arg(DemoSiteSpec::MaximumArticlePages));
    }
    spec.clean = parser.isSet(QStringLiteral("clean"));
    spec.today = QDate::currentDate();
    if (parser.isSet(QStringLiteral("today"))) {
        spec.today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
        if (!spec.today.isValid())
            return badUsage(context, tr("--today must be a date written YYYY-MM-DD."));
    }

    const QString dir = QDir(out).absolutePath();
    const Result<DemoSiteManifest> written = DemoSiteGenerator::generate(spec, dir);
    if (!written)
        return fail(context, written.error().fullText());
    const DemoSiteManifest &m = written.value();
    context.out << tr("Wrote the demo site %1 to %2").arg(m.siteName, QDir::toNativeSeparators(dir)) << '\n'
                << tr("  %1 pages, %2 files, seed %3, today %4")
                       .arg(m.pageCount)
                       .arg(m.files.size())
                       .arg(spec.seed)
                       .arg(spec.today.toString(Qt::ISODate))
                << '\n';
    if (spec.clean)
        context.out << tr("  clean site: no planted problems") << '\n';
    else
        context.out << tr("  %1 planted problems, listed in %2")
                           .arg(m.problemCount)
                           .arg(QDir::toNativeSeparators(
                               QDir(dir).filePath(DemoSiteGenerator::AnswerKeyFileName)))
                    << '\n';
    context.out.flush();
    return ExitDone;
}

} // namespace xj
