// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/ScanCandidate.h"

#include "checks/CheckCatalogue.h"

namespace xj {

ScanCandidate ScanCandidate::make(const QString &checkId, const QString &url, const QString &message)
{
    ScanCandidate c;
    c.checkId = checkId;
    c.url = url;
    c.message = message;
    if (const CheckCatalogue::Entry *e = CheckCatalogue::find(checkId)) {
        c.itemCode = QLatin1String(e->itemCode);
        c.category = QLatin1String(e->category);
    }
    return c;
}

} // namespace xj
