// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/ChecklistSerializer.h"

#include "checklist/ChecklistKeys.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace xj {

namespace K = ChecklistKeys;

namespace {

// Optional texts are left out when empty, which is also what the reader assumes for a missing one.
void insertText(QJsonObject &object, QLatin1String key, const QString &text)
{
    if (!text.isEmpty())
        object.insert(key, text);
}

void insertList(QJsonObject &object, QLatin1String key, const QStringList &list)
{
    if (!list.isEmpty())
        object.insert(key, QJsonArray::fromStringList(list));
}

} // namespace

QJsonObject ChecklistSerializer::toJsonObject(const ChecklistTemplate &t)
{
    QJsonObject root;
    root.insert(K::Format, K::CurrentFormat);
    root.insert(K::Key, t.key);
    root.insert(K::Name, t.name);
    insertText(root, K::Version, t.version);
    insertText(root, K::Description, t.description);
    insertText(root, K::BasedOn, t.extends);
    root.insert(K::AppliesTo, SiteKinds.code(t.appliesTo));
    insertText(root, K::Source, t.source);
    insertText(root, K::SourceUrl, t.sourceUrl);
    root.insert(K::Scoring, scoringObject(t.scoring));
    QJsonArray areas;
    for (const ChecklistArea &area : t.areas)
        areas.append(areaObject(area));
    root.insert(K::Areas, areas);
    QJsonArray items;
    for (const ChecklistItem &item : t.items)
        items.append(itemObject(item));
    root.insert(K::Items, items);
    return root;
}

QByteArray ChecklistSerializer::canonicalJson(const ChecklistTemplate &t)
{
    // QJsonObject keeps its keys sorted, so the field order — and with it the hash — is fixed.
    return QJsonDocument(toJsonObject(t)).toJson(QJsonDocument::Indented);
}

QString ChecklistSerializer::sha256(const ChecklistTemplate &t)
{
    return sha256(canonicalJson(t));
}

QString ChecklistSerializer::sha256(const QByteArray &canonicalJson)
{
    return QString::fromLatin1(QCryptographicHash::hash(canonicalJson, QCryptographicHash::Sha256).toHex());
}

QJsonObject ChecklistSerializer::scoringObject(const ScoringRules &s)
{
    QJsonObject scoring;
    scoring.insert(K::Mode, ScoringModes.code(s.mode));
    scoring.insert(K::DeductionTotal, s.deductionTotal);
    scoring.insert(K::PassMark, s.passMark);
    scoring.insert(K::BonusThreshold, s.bonusThreshold);
    scoring.insert(K::BonusTotal, s.bonusTotal);
    scoring.insert(K::BonusPortalsOnly, s.bonusPortalOnly);
    scoring.insert(K::RescaleNotApplicable, s.rescaleNotApplicable);
    if (!s.verification.isEmpty()) {
        QJsonObject tags;
        for (auto it = s.verification.cbegin(); it != s.verification.cend(); ++it)
            tags.insert(it.key(), Verifications.code(it.value()));
        scoring.insert(K::Verification, tags);
    }
    return scoring;
}

QJsonObject ChecklistSerializer::areaObject(const ChecklistArea &a)
{
    return QJsonObject{{K::Id, a.id},
                       {K::Name, a.name},
                       {K::Kind, ItemKinds.code(a.kind)},
                       {K::Points, a.points},
                       {K::Verification, Verifications.code(a.verification)}};
}

QJsonObject ChecklistSerializer::itemObject(const ChecklistItem &item)
{
    QJsonObject object{{K::Code, item.code},
                       {K::Area, item.areaId},
                       {K::Kind, ItemKinds.code(item.kind)},
                       {K::Title, item.title},
                       {K::Text, item.text},
                       {K::Points, item.points},
                       {K::Verification, Verifications.code(item.verification)}};
    insertText(object, K::Note, item.note);
    if (!item.thresholds.isEmpty()) {
        QJsonArray thresholds;
        for (const ChecklistThreshold &t : item.thresholds)
            thresholds.append(thresholdObject(t));
        object.insert(K::Thresholds, thresholds);
    }
    insertList(object, K::EvidenceHints, item.evidenceHints);
    insertList(object, K::Categories, item.categories);
    return object;
}

QJsonObject ChecklistSerializer::thresholdObject(const ChecklistThreshold &t)
{
    QJsonObject object{{K::Key, t.key},
                       {K::Label, t.label},
                       {K::Value, thresholdValue(t.value)},
                       {K::Verification, Verifications.code(t.verification)}};
    insertText(object, K::Unit, t.unit);
    insertText(object, K::Comparison, t.comparison);
    return object;
}

QJsonValue ChecklistSerializer::thresholdValue(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::QString:
        return value.toString();
    case QMetaType::QStringList:
        return QJsonArray::fromStringList(value.toStringList());
    default:
        return value.toDouble();
    }
}

} // namespace xj
