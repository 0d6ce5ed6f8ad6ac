// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditImportsDialog.h"

#include "audit/AuditImportsModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace xj {

AuditImportsDialog::AuditImportsDialog(const Database &database, qint64 roundId, QWidget *parent)
    : QDialog(parent)
    , m_model(new AuditImportsModel(this))
{
    setObjectName(QStringLiteral("auditImportsDialog"));
    setWindowTitle(tr("Imported packages"));
    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("auditImportsSummary"));
    label->setWordWrap(true);
    auto *table = new QTableView(this);
    table->setObjectName(QStringLiteral("auditImportsTable"));
    table->setModel(m_model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 360);

    const Status loaded = m_model->load(database, roundId);
    if (!loaded)
        label->setText(tr("The imported packages could not be read: %1").arg(loaded.error().message));
    else if (m_model->rowCount() == 0)
        label->setText(tr("No team has sent a result for this round yet. Import the teams' result packages "
                          "first (Peer audit ▸ Import package…)."));
    else
        label->setText(tr("Each team's newest package counts; earlier ones are kept for the record."));
    table->setVisible(loaded.ok() && m_model->rowCount() > 0);
}

} // namespace xj
