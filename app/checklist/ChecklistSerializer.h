// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ChecklistTemplate.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace xj {

/// Writes a resolved template back as a complete, stand-alone template file (format 1). The output is
/// canonical: the same template always gives the same bytes (fields in a fixed order, every value
/// explicit), so storage can snapshot it with every round and recognise an unchanged template by its
/// SHA-256. Reading the output back gives an equal template. A local template's base is recorded as
/// `based_on`, since its items are already merged in.
class ChecklistSerializer
{
public:
    static QJsonObject toJsonObject(const ChecklistTemplate &t);
    static QByteArray canonicalJson(const ChecklistTemplate &t);
    /// Lower-case hex SHA-256 of canonicalJson().
    static QString sha256(const ChecklistTemplate &t);
    static QString sha256(const QByteArray &canonicalJson);

private:
    static QJsonObject scoringObject(const ScoringRules &scoring);
    static QJsonObject areaObject(const ChecklistArea &area);
    static QJsonObject itemObject(const ChecklistItem &item);
    static QJsonObject thresholdObject(const ChecklistThreshold &threshold);
    static QJsonValue thresholdValue(const QVariant &value);
};

} // namespace xj
