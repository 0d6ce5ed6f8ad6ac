// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

namespace xj {

/// How times and dates are written to the database: UTC ISO 8601 text, so that they sort and
/// read the same in any SQLite tool.
inline QString toDbTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

inline QDateTime fromDbTime(const QVariant &value)
{
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

inline QString nowDbTime()
{
    return toDbTime(QDateTime::currentDateTimeUtc());
}

inline QString toDbDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

inline QDate fromDbDate(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

/// NULL for 0, the id otherwise: optional foreign keys.
inline QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

/// A null QString is bound as SQL NULL; text columns declared NOT NULL need '' instead.
inline QVariant notNullText(const QVariant &value)
{
    return value.typeId() == QMetaType::QString && value.toString().isNull() ? QVariant(QStringLiteral(""))
                                                                             : value;
}

} // namespace xj
