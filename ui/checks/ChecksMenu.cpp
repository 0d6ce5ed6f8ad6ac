// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/ChecksMenu.h"

#include "checks/CheckCatalogue.h"

namespace xj {

ChecksMenu::ChecksMenu(const QSet<QString> &disabled, QWidget *parent)
    : QMenu(tr("&Checks"), parent)
{
    setObjectName(QStringLiteral("checksMenu"));
    QAction *recheck = addAction(tr("Check this page again"), this, &ChecksMenu::recheckRequested);
    recheck->setObjectName(QStringLiteral("recheckPageAction"));
    recheck->setShortcut(QKeySequence(Qt::Key_F9));
    QString group;
    for (const CheckCatalogue::Entry &e : CheckCatalogue::entries()) {
        if (!CheckCatalogue::isPageCheck(e))
            continue;
        if (QLatin1String(e.group) != group) {
            group = QLatin1String(e.group);
            addSection(CheckCatalogue::groupName(group));
        }
        const QString id = QLatin1String(e.id);
        QAction *a = addAction(CheckCatalogue::name(id));
        a->setObjectName(QStringLiteral("check:") + id);
        a->setData(id);
        a->setCheckable(true);
        a->setChecked(!disabled.contains(id));
        a->setToolTip(tr("%1 — checklist item %2").arg(id, QLatin1String(e.itemCode)));
        connect(a, &QAction::toggled, this, [this] { emit disabledChecksChanged(disabledChecks()); });
    }
    addSeparator();
    addAction(tr("Word lists and allow-lists…"), this, &ChecksMenu::dictionariesRequested)
        ->setObjectName(QStringLiteral("dictionariesAction"));
    setToolTipsVisible(true);
}

QSet<QString> ChecksMenu::disabledChecks() const
{
    QSet<QString> out;
    for (QAction *a : actions()) {
        if (a->isCheckable() && !a->isChecked())
            out.insert(a->data().toString());
    }
    return out;
}

} // namespace xj
