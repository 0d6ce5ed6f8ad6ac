// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/ChecklistErrors.h"
#include "model/ChecklistTemplate.h"

#include <QCoreApplication>
#include <QHash>

namespace xj {

/// Where each area and item of a template was written in the file being loaded, so that a problem
/// found after merging a local template with its base still points at the line the clerk wrote.
struct TemplatePaths
{
    QHash<QString, QString> areas; ///< area id → "areas[2]"
    QHash<QString, QString> items; ///< item code → "items[5]"
};

/// Checks that a complete template (a base one, or a local one merged with its base) can be used for
/// scoring: items fit their areas, veto items carry no points, the deduction items add up to the
/// total the template is scored out of, and the pass mark lies below the bonus threshold.
class TemplateValidator
{
    Q_DECLARE_TR_FUNCTIONS(xj::TemplateValidator)
public:
    static bool validate(const ChecklistTemplate &t, const TemplatePaths &paths, LoadContext &context);

private:
    static bool checkItem(const ChecklistTemplate &t, const ChecklistItem &item, const QString &path,
                          LoadContext &context);
    static bool checkScoring(const ChecklistTemplate &t, LoadContext &context);
    static bool checkAreaTotals(const ChecklistTemplate &t, const TemplatePaths &paths, LoadContext &context);
};

} // namespace xj
