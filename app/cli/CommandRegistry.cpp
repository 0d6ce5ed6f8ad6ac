// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandRegistry.h"

namespace xj {

std::vector<std::unique_ptr<CliCommand>> createCliCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    return commands;
}

} // namespace xj
