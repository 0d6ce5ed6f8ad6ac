// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/columns/ColumnClass.h"

namespace xj {

QString columnClassKey(ColumnClass cls)
{
    return ColumnClasses.code(cls);
}

std::optional<ColumnClass> columnClassFromKey(QStringView key)
{
    return ColumnClasses.fromCode(key);
}

QString columnClassLabel(ColumnClass cls)
{
    return ColumnClasses.label(cls);
}

bool columnClassHasWindow(ColumnClass cls)
{
    return cls != ColumnClass::Static && cls != ColumnClass::Unclassified;
}

} // namespace xj
