// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "scan/PageAnalyzer.h"

#include <memory>

namespace xj {

class Database;
struct ScanRecord;

/// Puts together the page reader of a scan: the site's registry record and parent portal, the
/// office's dictionaries and allow-lists, and T. The CLI and the workbench use the same one.
class PageAnalyzerFactory
{
public:
    /// `database` may be null (a CLI scan without a data folder: bundled word lists only).
    static Result<std::shared_ptr<const PageAnalyzer>> create(const Database *database,
                                                              const ScanRecord &scan);
};

} // namespace xj
