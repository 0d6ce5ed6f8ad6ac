// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/ErrorDialog.h"

#include "core/Logging.h"

#include <QMessageBox>

namespace xj {

void showError(QWidget *parent, const QString &title, const Error &error)
{
    qCWarning(lcApp) << title << error.message << error.detail;
    QMessageBox box(QMessageBox::Warning, title, error.message, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("errorDialog"));
    if (!error.detail.isEmpty())
        box.setDetailedText(error.detail);
    box.exec();
}

bool confirm(QWidget *parent, const QString &title, const QString &question)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Yes | QMessageBox::No, parent);
    box.setObjectName(QStringLiteral("confirmDialog"));
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

} // namespace xj
