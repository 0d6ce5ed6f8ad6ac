// SPDX-License-Identifier: GPL-3.0-or-later
#include "escalation/EscalationDialog.h"

#include "common/ErrorDialog.h"
#include "escalation/EscalationApplier.h"
#include "escalation/EscalationPlanner.h"
#include "escalation/EscalationProposalModel.h"
#include "storage/RoundRepository.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace xj {

EscalationDialog::EscalationDialog(const Database &database, const QString &dataDirectory, qint64 roundId,
                                   const QString &actor, QWidget *parent)
    : QDialog(parent)
    , m_db(database)
    , m_dataDirectory(dataDirectory)
    , m_roundId(roundId)
    , m_actor(actor)
    , m_model(new EscalationProposalModel(this))
    , m_intro(new QLabel(this))
    , m_table(new QTableView(this))
    , m_wording(new QLineEdit(this))
    , m_startDate(new QDateEdit(this))
    , m_status(new QLabel(this))
    , m_apply(new QPushButton(tr("&Apply"), this))
{
    setObjectName(QStringLiteral("escalationDialog"));
    setWindowTitle(tr("Escalation after re-check"));
    m_intro->setObjectName(QStringLiteral("escalationIntroLabel"));
    m_intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("escalationTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->horizontalHeader()->setSectionResizeMode(EscalationProposalModel::Accountability,
                                                      QHeaderView::Stretch);
    m_table->verticalHeader()->hide();

    m_wording->setObjectName(QStringLiteral("escalationWordingEdit"));
    m_wording->setToolTip(
        tr("The office's wording of the accountability recommendation. {unit} and {site} are "
           "replaced by the host unit and the site."));
    auto *saveWording = new QPushButton(tr("Save wording and fill rows"), this);
    saveWording->setObjectName(QStringLiteral("escalationWordingButton"));
    saveWording->setToolTip(
        tr("Keeps the wording for later rounds and rewrites the recommendation of every row."));
    auto *wordingRow = new QHBoxLayout;
    wordingRow->addWidget(m_wording, 1);
    wordingRow->addWidget(saveWording);

    m_startDate->setObjectName(QStringLiteral("escalationStartDate"));
    m_startDate->setCalendarPopup(true);
    m_startDate->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_startDate->setToolTip(tr("The first day of the five-day remedial training."));

    auto *startRow = new QHBoxLayout;
    startRow->addWidget(m_startDate);
    startRow->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("Accountability wording:"), wordingRow);
    form->addRow(tr("Training starts on:"), startRow);

    m_status->setObjectName(QStringLiteral("escalationStatusLabel"));
    m_status->setWordWrap(true);
    m_apply->setObjectName(QStringLiteral("escalationApplyButton"));
    m_apply->setToolTip(tr("Saves the decisions and enrolls the ticked persons in charge, all at once."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("escalationButtons"));
    buttons->addButton(m_apply, QDialogButtonBox::ApplyRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, &EscalationDialog::apply);
    connect(saveWording, &QPushButton::clicked, this, &EscalationDialog::saveWording);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(1100, 480);
    reload();
}

void EscalationDialog::reload()
{
    auto round = RoundRepository(m_db).get(m_roundId);
    auto proposals = EscalationPlanner::propose(m_db, m_roundId);
    auto wording = EscalationPlanner::accountabilityWording(m_db);
    if (!round || !proposals || !wording) {
        const Error &error = !round ? round.error() : !proposals ? proposals.error() : wording.error();
        m_status->setText(error.message);
        m_model->setProposals({});
        m_apply->setEnabled(false);
        return;
    }
    m_model->setProposals(proposals.value());
    m_wording->setText(wording.value());
    m_intro->setText(
        proposals.value().isEmpty()
            ? tr("No site of \"%1\" has problems that failed re-check, so there is no one to escalate.")
                  .arg(round.value().name)
            : tr("Sites of \"%1\" whose problems failed re-check. Decide whom the round report criticises "
                 "(通报批评), what accountability to recommend (问责) and whose person in charge goes to the "
                 "five-day remedial training. The person in charge comes from the registry.")
                  .arg(round.value().name));
    m_apply->setEnabled(!proposals.value().isEmpty());
    m_table->resizeColumnsToContents();

    // A saved training keeps its start date; otherwise the first working day after today.
    QDate start;
    for (const EscalationProposal &p : proposals.value()) {
        if (p.enrollment && p.enrollment->startDate.isValid())
            start = p.enrollment->startDate;
    }
    if (!start.isValid()) {
        auto next = EscalationApplier::defaultStartDate(m_dataDirectory, QDate::currentDate());
        start = next ? next.value() : QDate::currentDate().addDays(1);
    }
    m_startDate->setDate(start);
}

void EscalationDialog::apply()
{
    auto outcome =
        EscalationApplier(m_db).apply(m_roundId, m_model->decisions(), m_startDate->date(), m_actor);
    if (!outcome) {
        showError(this, tr("Escalation not saved"), outcome.error());
        return;
    }
    reload();
    m_status->setText(tr("Saved %1 decision(s); %2 person(s) enrolled in the training starting %3; %4 "
                         "enrollment(s) withdrawn.")
                          .arg(outcome.value().decisions)
                          .arg(outcome.value().enrolled)
                          .arg(QLocale().toString(m_startDate->date(), QLocale::LongFormat))
                          .arg(outcome.value().cancelled));
}

void EscalationDialog::saveWording()
{
    if (Status s = EscalationPlanner::setAccountabilityWording(m_db, m_wording->text()); !s) {
        showError(this, tr("Wording not saved"), s.error());
        return;
    }
    auto wording = EscalationPlanner::accountabilityWording(m_db);
    if (wording) {
        m_wording->setText(wording.value());
        m_model->refillAccountability(wording.value());
    }
    m_status->setText(tr("Wording saved. Apply to save the rewritten recommendations."));
}

} // namespace xj
