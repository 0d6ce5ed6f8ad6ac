// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

#include <memory>
#include <vector>

namespace xj {

/// The one place where every `xunjian-cli` command is listed.
std::vector<std::unique_ptr<CliCommand>> createCliCommands();

} // namespace xj
