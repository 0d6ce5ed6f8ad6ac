// SPDX-License-Identifier: GPL-3.0-or-later
#include "lifecycle/OverdueDialog.h"

#include "core/WorkingCalendar.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace xj {

OverdueDialog::OverdueDialog(const Database &database, const QString &dataDirectory, QWidget *parent)
    : QDialog(parent)
    , m_db(database)
    , m_dataDirectory(dataDirectory)
    , m_allRounds(new QCheckBox(tr("All rounds"), this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("overdueDialog"));
    setWindowTitle(tr("Overdue findings"));
    m_allRounds->setObjectName(QStringLiteral("overdueAllRounds"));
    m_allRounds->setToolTip(tr("List the overdue findings of every round, not only the current one"));
    m_summary->setObjectName(QStringLiteral("overdueSummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("overdueTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Site"), tr("Unit"), tr("Notice"), tr("Deadline"), tr("Working days overdue"), tr("Finding")});
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
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (row >= 0 && row < m_rows.size())
            emit findingActivated(m_rows.at(row).finding);
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

void OverdueDialog::reload()
{
    m_rows.clear();
    m_table->setRowCount(0);
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
    m_rows = rows.value();
    m_summary->setText(m_rows.isEmpty() ? tr("No finding is overdue.")
                                        : tr("%n finding(s) past the deadline of their notice.", nullptr,
                                             int(m_rows.size())));
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        const DeadlineRow &r = m_rows.at(row);
        const QStringList cells{r.siteName,
                                r.unitName,
                                r.noticeNumber,
                                r.deadline.toString(Qt::ISODate),
                                QString::number(r.workingDaysOverdue),
                                QStringLiteral("#%1 %2 — %3")
                                    .arg(r.finding.id)
                                    .arg(FindingStates.label(r.finding.state), r.finding.description)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            if (column == DaysColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
}

} // namespace xj
