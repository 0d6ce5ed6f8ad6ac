// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/AllowList.h"
#include "checks/CheckSettings.h"

namespace xj {

class CheckDictionaries;
struct PageSnapshot;

/// What a check may consult besides the page: the loaded dictionaries, the office's allow-lists
/// and the thresholds. Built once per page by the engine (or by a test).
class CheckContext
{
public:
    CheckContext(const CheckDictionaries &dictionaries, const CheckSettings &settings,
                 const AllowList &allowList);

    const CheckDictionaries &dictionaries() const { return m_dictionaries; }
    const CheckSettings &settings() const { return m_settings; }
    const AllowList &allowList() const { return m_allowList; }

    /// Whether scripts and frames from `host` are expected on `page`: the page's own host, the
    /// site's registry host, their parent domain (the portal of a department site), the bundled
    /// host allow-list and the configured hosts. Patterns "*.x.cn" match x.cn and its sub-domains.
    bool isHostAllowed(const QString &host, const PageSnapshot &page) const;

private:
    const CheckDictionaries &m_dictionaries;
    const CheckSettings &m_settings;
    const AllowList &m_allowList;
};

} // namespace xj
