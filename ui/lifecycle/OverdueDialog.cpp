// SPDX-License-Identifier: GPL-3.0-or-later
#include "lifecycle/OverdueDialog.h"

#include "core/WorkingCalendar.h"
#include "lifecycle/OverdueModel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace xj {

OverdueDialog::OverdueDialog(const Database &database, const QString &dataDirectory, QWidget *parent)
    : QDialog(parent)
    , m_db(database)
    , m_dataDirectory(dataDirectory)
    , m_allRounds(new QCheckBox(tr("All rounds"), this))
    , m_summary(new QLabel(this))
    , m_model(new OverdueModel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("overdueDialog"));
    setWindowTitle(tr("Overdue findings"));
    m_allRounds->setObjectName(QStringLiteral("overdueAllRounds"));
    m_allRounds->setToolTip(tr("List the overdue findings of every round, not only the current one"));
    m_summary->setObjectName(QStringLiteral("overdueSummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("overdueTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setToolTip(tr("Double-click a finding to open it"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *refresh = buttons->addButton(tr("Refresh"), QDialogButtonBox::ActionRole);
    refresh->setObjectName(QStringLiteral("overdueRefreshButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_allRounds);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(860, 480);

    connect(m_allRounds, &QCheckBox::toggled, this, &OverdueDialog::reload);
    connect(refresh, &QPushButton::clicked, this, &OverdueDialog::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit findingActivated(m_model->at(index.row()).finding);
    });
}

void OverdueDialog::setRoundId(qint64 roundId)
{
    m_roundId = roundId;
    if (roundId <= 0)
        m_allRounds->setChecked(true);
    m_allRounds->setEnabled(roundId > 0);
    reload();
}

void OverdueDialog::setToday(const QDate &today)
{
    m_today = today;
    reload();
}

const QList<DeadlineRow> &OverdueDialog::rows() const
{
    return m_model->rows();
}

void OverdueDialog::reload()
{
    m_model->setRows({});
    auto calendar = WorkingCalendar::forDataDirectory(m_dataDirectory);
    if (!calendar) {
        m_summary->setText(calendar.error().message);
        return;
    }
    const qint64 roundId = m_allRounds->isChecked() ? 0 : m_roundId;
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    auto rows = FindingDeadlines::overdue(m_db, calendar.value(), roundId, today);
    if (!rows) {
        m_summary->setText(rows.error().message);
        return;
    }
    m_model->setRows(rows.value());
    const int count = m_model->rowCount();
    m_summary->setText(count == 0 ? tr("No finding is overdue.")
                                  : tr("%n finding(s) past the deadline of their notice.", nullptr, count));
    m_table->resizeColumnsToContents();
}

} // namespace xj
