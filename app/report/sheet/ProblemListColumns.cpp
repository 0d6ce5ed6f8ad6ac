// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/sheet/ProblemListColumns.h"

namespace xj {

QStringList ProblemListColumns::labels(bool pictureAsFile)
{
    return {tr("No."),         tr("Site"),         tr("Host unit"),
            tr("Site code"),   tr("Indicator"),    tr("Judgement"),
            tr("Description"), tr("Page address"), tr("Found"),
            tr("State"),       tr("Inspector"),    pictureAsFile ? tr("Screenshot file") : tr("Screenshot")};
}

QString ProblemListColumns::indicator(const ProblemListRow &row)
{
    const QString code = row.itemCode.trimmed();
    const QString title = row.itemTitle.trimmed();
    if (code.isEmpty() || title.isEmpty())
        return code.isEmpty() ? title : code;
    return code + QLatin1Char(' ') + title;
}

QString ProblemListColumns::found(const ProblemListRow &row)
{
    return row.foundAt.isValid() ? row.foundAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                 : QString();
}

} // namespace xj
