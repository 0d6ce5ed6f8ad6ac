// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/ChecklistErrors.h"
#include "core/EnumTable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace xj {

/// Reads the fields of one JSON object of a checklist template, checking each field's type. The
/// first problem goes to the LoadContext with its JSON path, e.g. `items[3].points`.
///
/// Every read leaves `out` untouched when the field is absent, so the same code reads a complete
/// item of a base template (fields Required) and the few fields a local template overrides
/// (fields Optional, the base's values stay).
class JsonFields
{
    Q_DECLARE_TR_FUNCTIONS(xj::JsonFields)
public:
    enum class Need { Required, Optional };

    JsonFields(const QJsonObject &object, QString path, LoadContext &context);

    bool contains(QLatin1String key) const { return m_object.contains(key); }
    /// The field as it stands, for values that may have more than one type.
    QJsonValue raw(QLatin1String key) const { return m_object.value(key); }
    QString pathOf(QLatin1String key) const;
    QString path() const { return m_path; }
    LoadContext &context() const { return m_context; }

    /// Fails on a field that is not in `known`. Fields starting with "_" are comments and allowed.
    bool rejectUnknown(const QList<QLatin1String> &known) const;

    bool readText(QLatin1String key, QString &out, Need need, bool allowEmpty = false) const;
    bool readNumber(QLatin1String key, double &out, Need need) const;
    /// A number ≥ 0, e.g. points.
    bool readAmount(QLatin1String key, double &out, Need need) const;
    bool readBool(QLatin1String key, bool &out, Need need) const;
    bool readTextList(QLatin1String key, QStringList &out, Need need) const;
    bool readArray(QLatin1String key, QJsonArray &out, Need need) const;
    bool readObject(QLatin1String key, QJsonObject &out, Need need) const;

    template<typename E, std::size_t N>
    bool readEnum(QLatin1String key, const EnumTable<E, N> &table, E &out, Need need) const
    {
        QString code;
        if (!readText(key, code, need))
            return false;
        if (!contains(key))
            return true;
        const auto value = table.fromCode(code);
        if (!value)
            return unknownValue(key, code, table.codeList());
        out = *value;
        return true;
    }

    /// Objects of an array, each with its own path `name[i]`; fails on an entry that is not an object.
    bool objectAt(const QJsonArray &array, QLatin1String arrayKey, qsizetype index, QJsonObject &out) const;

private:
    bool missing(QLatin1String key) const;
    bool wrongType(QLatin1String key, const QString &expected) const;
    bool unknownValue(QLatin1String key, const QString &value, const QString &allowed) const;

    QJsonObject m_object;
    QString m_path;
    LoadContext &m_context;
};

} // namespace xj
