// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/HalfWidth.h"

namespace xj {

QString HalfWidth::fold(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    QChar *d = out.data();
    for (qsizetype i = 0; i < text.size(); ++i)
        d[i] = QChar(fold(text.at(i).unicode()));
    return out;
}

} // namespace xj
