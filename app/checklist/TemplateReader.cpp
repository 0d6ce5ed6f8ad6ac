// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/TemplateReader.h"

#include "checklist/ChecklistKeys.h"

#include <algorithm>

namespace xj {

namespace K = ChecklistKeys;

namespace {

JsonFields::Need needFor(bool partial)
{
    return partial ? JsonFields::Need::Optional : JsonFields::Need::Required;
}

} // namespace

bool TemplateReader::readScoring(const JsonFields &f, ScoringRules &s, bool partial)
{
    // Only the mode is required: the numbers default to the national values (100/60/80/30), so a
    // clerk's template states only what differs.
    return f.rejectUnknown({K::Mode, K::DeductionTotal, K::PassMark, K::BonusThreshold, K::BonusTotal,
                            K::BonusPortalsOnly, K::RescaleNotApplicable, K::Verification}) &&
           f.readEnum(K::Mode, ScoringModes, s.mode, needFor(partial)) &&
           f.readAmount(K::DeductionTotal, s.deductionTotal, JsonFields::Need::Optional) &&
           f.readAmount(K::PassMark, s.passMark, JsonFields::Need::Optional) &&
           f.readAmount(K::BonusThreshold, s.bonusThreshold, JsonFields::Need::Optional) &&
           f.readAmount(K::BonusTotal, s.bonusTotal, JsonFields::Need::Optional) &&
           f.readBool(K::BonusPortalsOnly, s.bonusPortalOnly, JsonFields::Need::Optional) &&
           f.readBool(K::RescaleNotApplicable, s.rescaleNotApplicable, JsonFields::Need::Optional) &&
           readScoringVerification(f, s);
}

bool TemplateReader::readScoringVerification(const JsonFields &f, ScoringRules &s)
{
    QJsonObject tags;
    if (!f.readObject(K::Verification, tags, JsonFields::Need::Optional))
        return false;
    const JsonFields tagFields(tags, f.pathOf(K::Verification), f.context());
    if (!tagFields.rejectUnknown(
            QList<QLatin1String>(std::begin(K::ScoringRuleNames), std::end(K::ScoringRuleNames))))
        return false;
    for (QLatin1String rule : K::ScoringRuleNames) {
        Verification v = Verification::Verbatim;
        if (!tagFields.readEnum(rule, Verifications, v, JsonFields::Need::Optional))
            return false;
        if (tagFields.contains(rule))
            s.verification.insert(QString(rule), v);
    }
    return true;
}

bool TemplateReader::readArea(const JsonFields &f, ChecklistArea &a, bool partial)
{
    return f.rejectUnknown({K::Id, K::Name, K::Kind, K::Points, K::Verification}) &&
           f.readText(K::Id, a.id, JsonFields::Need::Required) &&
           f.readText(K::Name, a.name, needFor(partial)) &&
           f.readEnum(K::Kind, ItemKinds, a.kind, needFor(partial)) &&
           f.readAmount(K::Points, a.points, JsonFields::Need::Optional) &&
           f.readEnum(K::Verification, Verifications, a.verification, JsonFields::Need::Optional);
}

bool TemplateReader::readItem(const JsonFields &f, ChecklistItem &item, bool partial)
{
    if (!f.rejectUnknown({K::Code, K::Area, K::Kind, K::Title, K::Text, K::Note, K::Points, K::Thresholds,
                          K::EvidenceHints, K::Categories, K::Verification}) ||
        !f.readText(K::Code, item.code, JsonFields::Need::Required) ||
        !f.readText(K::Area, item.areaId, needFor(partial)) ||
        !f.readEnum(K::Kind, ItemKinds, item.kind, needFor(partial)) ||
        !f.readText(K::Title, item.title, needFor(partial)) ||
        !f.readText(K::Text, item.text, needFor(partial)) ||
        !f.readText(K::Note, item.note, JsonFields::Need::Optional, true) ||
        !f.readEnum(K::Verification, Verifications, item.verification, needFor(partial)) ||
        !f.readTextList(K::EvidenceHints, item.evidenceHints, JsonFields::Need::Optional) ||
        !f.readTextList(K::Categories, item.categories, JsonFields::Need::Optional))
        return false;
    // Veto items carry no points, so a clerk may leave the field out of them.
    const bool pointsRequired = !partial && item.kind != ItemKind::Veto;
    if (!f.readAmount(K::Points, item.points,
                      pointsRequired ? JsonFields::Need::Required : JsonFields::Need::Optional))
        return false;
    if (item.code.contains(QLatin1Char(' ')))
        return f.context().fail(f.pathOf(K::Code), tr("an item code must not contain spaces"));
    return readThresholds(f, item, partial);
}

// A local template changes one threshold by giving its key and the fields that differ, so the
// thresholds of an overridden item are merged by key rather than replaced as a whole list.
bool TemplateReader::readThresholds(const JsonFields &f, ChecklistItem &item, bool partial)
{
    QJsonArray array;
    if (!f.readArray(K::Thresholds, array, JsonFields::Need::Optional))
        return false;
    QStringList keysInFile;
    for (qsizetype i = 0; i < array.size(); ++i) {
        QJsonObject object;
        if (!f.objectAt(array, K::Thresholds, i, object))
            return false;
        const JsonFields tf(object, f.pathOf(K::Thresholds) + QStringLiteral("[%1]").arg(i), f.context());
        QString key;
        if (!tf.readText(K::Key, key, JsonFields::Need::Required))
            return false;
        if (keysInFile.contains(key))
            return f.context().fail(tf.pathOf(K::Key),
                                    tr("the threshold “%1” appears twice in this item").arg(key));
        keysInFile.append(key);
        auto existing = std::find_if(item.thresholds.begin(), item.thresholds.end(),
                                     [&](const ChecklistThreshold &t) { return t.key == key; });
        if (partial && existing != item.thresholds.end()) {
            if (!readThreshold(tf, *existing, true))
                return false;
            continue;
        }
        ChecklistThreshold threshold;
        threshold.verification = item.verification; // unless the threshold says otherwise
        if (!readThreshold(tf, threshold, false))
            return false;
        item.thresholds.append(threshold);
    }
    return true;
}

bool TemplateReader::readThreshold(const JsonFields &f, ChecklistThreshold &t, bool partial)
{
    if (!f.rejectUnknown({K::Key, K::Label, K::Value, K::Unit, K::Comparison, K::Verification}) ||
        !f.readText(K::Key, t.key, JsonFields::Need::Required) ||
        !f.readText(K::Label, t.label, needFor(partial)) ||
        !readThresholdValue(f, t.value, needFor(partial)) ||
        !f.readText(K::Unit, t.unit, JsonFields::Need::Optional, true) ||
        !f.readEnum(K::Verification, Verifications, t.verification, JsonFields::Need::Optional))
        return false;
    QString comparison = t.comparison;
    if (!f.readText(K::Comparison, comparison, JsonFields::Need::Optional, true))
        return false;
    if (!comparison.isEmpty() && std::find(std::begin(K::Comparisons), std::end(K::Comparisons),
                                           comparison) == std::end(K::Comparisons)) {
        QStringList allowed;
        for (QLatin1String c : K::Comparisons)
            allowed.append(c);
        return f.context().fail(f.pathOf(K::Comparison),
                                tr("“%1” is not a known comparison; use one of: %2")
                                    .arg(comparison, allowed.join(QStringLiteral(" "))));
    }
    t.comparison = comparison;
    return true;
}

// Threshold values are numbers, yes/no flags, texts or lists of texts (W-V6's guide elements).
// Numbers are always kept as double so that a template and its serialised copy compare equal.
bool TemplateReader::readThresholdValue(const JsonFields &f, QVariant &value, JsonFields::Need need)
{
    const QJsonValue v = f.raw(K::Value);
    if (v.isUndefined())
        return need == JsonFields::Need::Optional ||
               f.context().fail(f.pathOf(K::Value), tr("this field is required but missing"));
    if (v.isDouble()) {
        value = v.toDouble();
        return true;
    }
    if (v.isBool()) {
        value = v.toBool();
        return true;
    }
    if (v.isString()) {
        value = v.toString();
        return true;
    }
    if (v.isArray()) {
        QStringList list;
        if (!f.readTextList(K::Value, list, JsonFields::Need::Required))
            return false;
        value = list;
        return true;
    }
    return f.context().fail(f.pathOf(K::Value), tr("must be a number, true or false, a text in double quotes "
                                                   "or a list of texts in square brackets"));
}

} // namespace xj
