// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/JsonFields.h"
#include "model/ChecklistTemplate.h"

#include <QCoreApplication>

namespace xj {

/// Turns the JSON objects of a template file into scoring rules, areas and items. With `partial`
/// (a local template overriding a base one) only the fields present are read and the rest keep the
/// base's values; otherwise every required field must be there.
class TemplateReader
{
    Q_DECLARE_TR_FUNCTIONS(xj::TemplateReader)
public:
    static bool readScoring(const JsonFields &fields, ScoringRules &scoring, bool partial);
    static bool readArea(const JsonFields &fields, ChecklistArea &area, bool partial);
    static bool readItem(const JsonFields &fields, ChecklistItem &item, bool partial);

private:
    static bool readScoringVerification(const JsonFields &fields, ScoringRules &scoring);
    static bool readThresholds(const JsonFields &fields, ChecklistItem &item, bool partial);
    static bool readThreshold(const JsonFields &fields, ChecklistThreshold &threshold, bool partial);
    static bool readThresholdValue(const JsonFields &fields, QVariant &value, JsonFields::Need need);
};

} // namespace xj
