// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditStatistics.h"
#include "report/document/ReportDocument.h"

#include <QList>

namespace xj {

/// The round report's peer-audit section ([section] peer_audit): who took part, how far each team
/// agrees with the side it was compared with, and the agreement per checklist item. The report's
/// body is Chinese like the rest of the template. Without peer-audit data the section is left out.
class AuditReportSection
{
public:
    static constexpr const char *BlockName = "peer_audit";

    /// `ordinal`: the number of the section's heading under 一、总体情况 (3 gives （三）), since the
    /// charts section before it may or may not be there.
    static QList<ReportBlock> blocks(const AuditStatistics &statistics, int ordinal = 3);
    static ReportTable teamTable(const AuditStatistics &statistics);
    static ReportTable itemTable(const AuditStatistics &statistics);
};

} // namespace xj
