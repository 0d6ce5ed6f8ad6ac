// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistFixtures.h"

#include "checklist/ChecklistLoader.h"

#include <QDebug>

xj::ChecklistTemplate bundledChecklist(const QString &name)
{
    auto result = xj::ChecklistLoader::loadFile(QStringLiteral(":/checklists/%1.json").arg(name));
    if (!result)
        qFatal("%s", qPrintable(result.error().fullText()));
    return result.value();
}

xj::ChecklistTemplate loadChecklist(const QString &path, const xj::ChecklistTemplate *base)
{
    auto result = xj::ChecklistLoader::loadFile(path, base);
    if (!result) {
        qWarning().noquote() << result.error().fullText();
        return {};
    }
    return result.value();
}
