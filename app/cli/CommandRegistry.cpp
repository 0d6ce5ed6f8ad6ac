// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandRegistry.h"

#include "cli/ImportSitesCommand.h"

namespace xj {

std::vector<std::unique_ptr<CliCommand>> createCliCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<ImportSitesCommand>());
    return commands;
}

} // namespace xj
