// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/JsonFields.h"

#include <algorithm>

namespace xj {

JsonFields::JsonFields(const QJsonObject &object, QString path, LoadContext &context)
    : m_object(object)
    , m_path(std::move(path))
    , m_context(context)
{}

QString JsonFields::pathOf(QLatin1String key) const
{
    return m_path.isEmpty() ? QString(key) : m_path + QLatin1Char('.') + key;
}

bool JsonFields::rejectUnknown(const QList<QLatin1String> &known) const
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        const QString name = it.key();
        if (name.startsWith(QLatin1Char('_')))
            continue;
        if (known.contains(name))
            continue;
        QStringList names;
        for (QLatin1String k : known)
            names.append(k);
        const QString path = m_path.isEmpty() ? name : m_path + QLatin1Char('.') + name;
        return m_context.fail(path, tr("“%1” is not a field this program knows (check the spelling). "
                                       "The fields allowed here are: %2. To keep a remark in the file, "
                                       "start its field name with an underscore, e.g. \"_备注\".")
                                        .arg(name, names.join(QStringLiteral(", "))));
    }
    return true;
}

bool JsonFields::readText(QLatin1String key, QString &out, Need need, bool allowEmpty) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined())
        return need == Need::Optional || missing(key);
    if (!v.isString())
        return wrongType(key, tr("a text in double quotes, e.g. \"…\""));
    const QString text = v.toString();
    if (!allowEmpty && text.trimmed().isEmpty())
        return m_context.fail(pathOf(key), tr("must not be empty"));
    out = text;
    return true;
}

bool JsonFields::readNumber(QLatin1String key, double &out, Need need) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined())
        return need == Need::Optional || missing(key);
    if (!v.isDouble())
        return wrongType(key, tr("a number without quotes, e.g. 5 or 0.5"));
    out = v.toDouble();
    return true;
}

bool JsonFields::readAmount(QLatin1String key, double &out, Need need) const
{
    double value = out;
    if (!readNumber(key, value, need))
        return false;
    if (value < 0)
        return m_context.fail(pathOf(key), tr("must not be negative (it is %1)").arg(value));
    out = value;
    return true;
}

bool JsonFields::readBool(QLatin1String key, bool &out, Need need) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined())
        return need == Need::Optional || missing(key);
    if (!v.isBool())
        return wrongType(key, tr("true or false, without quotes"));
    out = v.toBool();
    return true;
}

bool JsonFields::readTextList(QLatin1String key, QStringList &out, Need need) const
{
    QJsonArray array;
    if (!readArray(key, array, need))
        return false;
    if (!contains(key))
        return true;
    QStringList list;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = pathOf(key) + QStringLiteral("[%1]").arg(i);
        if (!array.at(i).isString())
            return m_context.fail(path, tr("must be a text in double quotes, e.g. \"…\""));
        if (array.at(i).toString().trimmed().isEmpty())
            return m_context.fail(path, tr("must not be empty"));
        list.append(array.at(i).toString());
    }
    out = list;
    return true;
}

bool JsonFields::readArray(QLatin1String key, QJsonArray &out, Need need) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined())
        return need == Need::Optional || missing(key);
    if (!v.isArray())
        return wrongType(key, tr("a list in square brackets [ … ]"));
    out = v.toArray();
    return true;
}

bool JsonFields::readObject(QLatin1String key, QJsonObject &out, Need need) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined())
        return need == Need::Optional || missing(key);
    if (!v.isObject())
        return wrongType(key, tr("a group of fields in curly braces { … }"));
    out = v.toObject();
    return true;
}

bool JsonFields::objectAt(const QJsonArray &array, QLatin1String arrayKey, qsizetype index,
                          QJsonObject &out) const
{
    const QString path = pathOf(arrayKey) + QStringLiteral("[%1]").arg(index);
    if (!array.at(index).isObject())
        return m_context.fail(path, tr("must be a group of fields in curly braces { … }"));
    out = array.at(index).toObject();
    return true;
}

bool JsonFields::missing(QLatin1String key) const
{
    return m_context.fail(pathOf(key), tr("this field is required but missing"));
}

bool JsonFields::wrongType(QLatin1String key, const QString &expected) const
{
    return m_context.fail(pathOf(key), tr("has the wrong type; it must be %1").arg(expected));
}

bool JsonFields::unknownValue(QLatin1String key, const QString &value, const QString &allowed) const
{
    return m_context.fail(pathOf(key), tr("“%1” is not a known value; use one of: %2").arg(value, allowed));
}

} // namespace xj
