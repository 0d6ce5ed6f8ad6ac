// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace xj {

/// A host unit (主办单位): the office that owns one or more sites and receives the
/// rectification notices for them.
struct Unit
{
    qint64 id = 0;
    QString name;
    QString regionCode; ///< 6-digit 行政区划代码, used to check 网站标识码 prefixes
    QString contactPerson;
    QString contactPhone;
};

} // namespace xj
