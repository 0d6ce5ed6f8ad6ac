// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandRegistry.h"

#include "cli/AuditCommand.h"
#include "cli/CheckCommand.h"
#include "cli/DemoSiteCommand.h"
#include "cli/ExportCommand.h"
#include "cli/ImportSitesCommand.h"
#include "cli/InitDemoCommand.h"
#include "cli/ProbeCommand.h"
#include "cli/RoundsCommand.h"
#include "cli/ScanCommand.h"
#include "cli/ServeCommand.h"
#include "cli/SitesCommand.h"
#include "cli/VerifyCommand.h"

namespace xj {

std::vector<std::unique_ptr<CliCommand>> createCliCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<DemoSiteCommand>());
    commands.push_back(std::make_unique<ServeCommand>());
    commands.push_back(std::make_unique<InitDemoCommand>());
    commands.push_back(std::make_unique<RoundsCommand>());
    commands.push_back(std::make_unique<SitesCommand>());
    commands.push_back(std::make_unique<ImportSitesCommand>());
    commands.push_back(std::make_unique<VerifyCommand>());
    commands.push_back(std::make_unique<CheckCommand>());
    commands.push_back(std::make_unique<ScanCommand>());
    commands.push_back(std::make_unique<ProbeCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<AuditCommand>());
    return commands;
}

} // namespace xj
