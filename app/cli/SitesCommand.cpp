// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/SitesCommand.h"

#include "storage/Database.h"
#include "storage/SiteRepository.h"
#include "storage/UnitRepository.h"

#include <QHash>

namespace xj {

QString SitesCommand::summary() const
{
    return tr("List the registry of websites and new-media accounts (id first on each line).");
}

void SitesCommand::configure(QCommandLineParser &parser) const
{
    addDataDirOption(parser);
}

int SitesCommand::run(const QCommandLineParser &parser, CliContext &context)
{
    if (!parser.positionalArguments().isEmpty())
        return badUsage(context, tr("sites takes no arguments besides its options."));
    auto db = openDatabase(parser, context);
    if (!db)
        return ExitFailed;
    auto sites = SiteRepository(*db).all();
    auto units = UnitRepository(*db).all();
    if (!sites || !units)
        return fail(context, (!sites ? sites.error() : units.error()).fullText());
    QHash<qint64, QString> unitNames;
    for (const Unit &u : units.value())
        unitNames.insert(u.id, u.name);
    // id, kind, platform, name, address or account, unit, 网站标识码, status — tab-separated.
    for (const Site &s : sites.value()) {
        const QString address = s.kind == SiteKind::Website || !s.url.isEmpty() ? s.url : s.accountId;
        context.out << s.id << '\t' << SiteKinds.code(s.kind) << '\t' << s.platform << '\t' << s.name << '\t'
                    << address << '\t' << unitNames.value(s.unitId) << '\t' << s.siteCode << '\t'
                    << SiteStatuses.code(s.status) << '\n';
    }
    if (sites.value().isEmpty())
        context.err << tr("The registry is empty.") << '\n';
    return ExitDone;
}

} // namespace xj
