// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/CandidatesPanel.h"

#include "checks/CandidatesModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace xj {

CandidatesPanel::CandidatesPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new CandidatesModel(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_accept(new QPushButton(tr("Accept"), this))
    , m_acceptKind(new QPushButton(tr("Accept all of this kind"), this))
    , m_dismiss(new QToolButton(this))
    , m_recheck(new QPushButton(tr("Check again"), this))
{
    setObjectName(QStringLiteral("candidatesPanel"));
    m_view->setObjectName(QStringLiteral("candidatesView"));
    m_status->setObjectName(QStringLiteral("candidatesStatus"));
    m_accept->setObjectName(QStringLiteral("acceptCandidateButton"));
    m_acceptKind->setObjectName(QStringLiteral("acceptKindButton"));
    m_dismiss->setObjectName(QStringLiteral("dismissCandidateButton"));
    m_recheck->setObjectName(QStringLiteral("recheckButton"));
    m_accept->setToolTip(tr("Make the selected candidates findings, each with a screenshot of its place"));
    m_acceptKind->setToolTip(tr("Accept every candidate of the selected one's check"));
    m_recheck->setToolTip(tr("Run the automated checks on the page again (F9)"));

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(CandidatesModel::MessageColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(CandidatesModel::CheckColumn, 150);
    m_view->setColumnWidth(CandidatesModel::ItemColumn, 56);
    m_view->setColumnWidth(CandidatesModel::TextColumn, 180);
    m_view->setColumnWidth(CandidatesModel::SuggestionColumn, 120);

    m_dismiss->setText(tr("Dismiss"));
    m_dismiss->setToolTip(tr("Not a problem: never propose it again on this page"));
    m_dismiss->setPopupMode(QToolButton::MenuButtonPopup);
    auto *menu = new QMenu(m_dismiss);
    auto addDismissal = [this, menu](const QString &text, const QString &name, Dismissal how) {
        QAction *a = menu->addAction(text, this, [this, how] { emit dismissRequested(selectedRows(), how); });
        a->setObjectName(name);
        return a;
    };
    QAction *page =
        addDismissal(tr("Dismiss on this page"), QStringLiteral("dismissPageAction"), Dismissal::ThisPage);
    addDismissal(tr("Allow this text on this site"), QStringLiteral("allowSiteAction"),
                 Dismissal::SiteAllowList);
    addDismissal(tr("Allow this text on every site"), QStringLiteral("allowGlobalAction"),
                 Dismissal::GlobalAllowList);
    m_dismiss->setMenu(menu);
    m_dismiss->setDefaultAction(page);
    m_dismiss->setText(tr("Dismiss"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_accept);
    buttons->addWidget(m_acceptKind);
    buttons->addWidget(m_dismiss);
    buttons->addWidget(m_recheck);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view);

    connect(m_accept, &QPushButton::clicked, this, [this] { emit acceptRequested(selectedRows()); });
    connect(m_acceptKind, &QPushButton::clicked, this, [this] {
        if (const QList<int> rows = selectedRows(); !rows.isEmpty())
            emit acceptKindRequested(rows.first());
    });
    connect(m_recheck, &QPushButton::clicked, this, &CandidatesPanel::recheckRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        if (const QList<int> rows = selectedRows(); rows.size() == 1)
            emit focusRequested(rows.first());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateButtons();
        emit countChanged(m_model->rowCount());
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        updateButtons();
        emit countChanged(m_model->rowCount());
    });
    updateButtons();
}

QList<int> CandidatesPanel::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void CandidatesPanel::setStatus(const QString &text)
{
    m_status->setText(text);
}

void CandidatesPanel::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void CandidatesPanel::updateButtons()
{
    const bool selected = !selectedRows().isEmpty();
    m_accept->setEnabled(selected && !m_busy);
    m_acceptKind->setEnabled(selected && !m_busy);
    m_dismiss->setEnabled(selected && !m_busy);
    m_recheck->setEnabled(!m_busy);
}

} // namespace xj
