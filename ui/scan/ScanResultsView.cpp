// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/ScanResultsView.h"

#include "scan/ScanEvidence.h"
#include "scan/ScanResultsModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace xj {

ScanResultsView::ScanResultsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ScanResultsModel(this))
    , m_verdicts(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_open(new QPushButton(tr("Open in browser"), this))
    , m_accept(new QPushButton(tr("Accept as finding"), this))
    , m_dismiss(new QPushButton(tr("Dismiss"), this))
    , m_export(new QPushButton(tr("Export…"), this))
{
    setObjectName(QStringLiteral("scanResultsView"));
    m_verdicts->setObjectName(QStringLiteral("scanVerdictLabel"));
    m_verdicts->setTextFormat(Qt::RichText);
    m_verdicts->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("scanResultsTree"));
    m_tree->setModel(m_model);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    // The problem takes what is left; the address and the evidence are in the tooltip in full.
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ScanResultsModel::ProblemColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ScanResultsModel::UrlColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ScanResultsModel::EvidenceColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ScanResultsModel::StateColumn, QHeaderView::ResizeToContents);
    header->resizeSection(ScanResultsModel::UrlColumn, 170);
    header->resizeSection(ScanResultsModel::EvidenceColumn, 120);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_open->setObjectName(QStringLiteral("scanOpenButton"));
    m_accept->setObjectName(QStringLiteral("scanAcceptButton"));
    m_accept->setToolTip(
        tr("Opens the page, takes a screenshot and saves a finding on the check's checklist item."));
    m_dismiss->setObjectName(QStringLiteral("scanDismissButton"));
    m_export->setObjectName(QStringLiteral("scanExportButton"));
    m_export->setToolTip(tr("Saves the scan's verdicts and every candidate as JSON or CSV."));

    // The context menu offers what the buttons do, on the rows under the pointer.
    for (QPushButton *button : {m_open, m_accept, m_dismiss}) {
        auto *action = new QAction(button->text(), m_tree);
        connect(action, &QAction::triggered, button, &QPushButton::click);
        m_tree->addAction(action);
    }

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_accept);
    buttons->addWidget(m_dismiss);
    buttons->addStretch();
    buttons->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_verdicts);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ScanResultsView::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ScanResultsView::updateButtons);
    connect(m_tree, &QTreeView::doubleClicked, this, &ScanResultsView::openCurrent);
    connect(m_open, &QPushButton::clicked, this, &ScanResultsView::openCurrent);
    connect(m_accept, &QPushButton::clicked, this, [this] { emit acceptRequested(selectedCandidates()); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { emit dismissRequested(selectedCandidates()); });
    connect(m_export, &QPushButton::clicked, this, &ScanResultsView::exportRequested);
    setResults({}, {});
}

void ScanResultsView::setResults(const QJsonObject &summary, const ScanCandidates &candidates,
                                 const QString &note)
{
    m_model->setCandidates(candidates);
    QStringList lines;
    if (!note.isEmpty())
        lines.append(note.toHtmlEscaped());
    if (!summary.isEmpty()) {
        const auto open = std::count_if(candidates.cbegin(), candidates.cend(), [](const ScanCandidate &c) {
            return c.state == ScanCandidate::State::Open;
        });
        QString head = tr("%n page(s) read, %1 candidates (%2 open)", nullptr,
                          summary.value(QLatin1String("pagesRead")).toInt())
                           .arg(candidates.size())
                           .arg(open);
        if (summary.value(QLatin1String("partial")).toBool())
            head += QLatin1String(" — ") + tr("partial: the scan did not finish");
        lines.append(head.toHtmlEscaped());
    }
    for (const ScanEvidence::Verdict &v : ScanEvidence::verdicts(summary)) {
        const QString verdict = v.veto ? tr("veto") : tr("no veto");
        const QString text = QStringLiteral("<b>%1</b> %2: %3").arg(v.item, verdict, v.text.toHtmlEscaped());
        lines.append(v.veto ? QStringLiteral("<span style=\"color:#c62828\">%1</span>").arg(text) : text);
    }
    m_verdicts->setText(lines.join(QStringLiteral("<br>")));
    m_verdicts->setHidden(lines.isEmpty());
    // Categories open, checks closed: the first look is the overview with counts.
    for (int r = 0; r < m_model->rowCount(); ++r)
        m_tree->expand(m_model->index(r, 0));
    m_export->setEnabled(!summary.isEmpty() || !candidates.isEmpty());
    updateButtons();
}

void ScanResultsView::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

ScanCandidates ScanResultsView::selectedCandidates() const
{
    return m_model->candidatesUnder(m_tree->selectionModel()->selectedRows());
}

void ScanResultsView::updateButtons()
{
    const ScanCandidates chosen = selectedCandidates();
    const bool anyOpen = std::any_of(chosen.cbegin(), chosen.cend(), [](const ScanCandidate &c) {
        return c.state == ScanCandidate::State::Open;
    });
    const QModelIndex current = m_tree->currentIndex();
    m_open->setEnabled(current.isValid() && current.data(ScanResultsModel::PageUrlRole).toUrl().isValid());
    m_accept->setEnabled(anyOpen && !m_busy);
    m_dismiss->setEnabled(anyOpen && !m_busy);
    const QList<QAction *> actions = m_tree->actions();
    const QList<QPushButton *> buttons{m_open, m_accept, m_dismiss};
    for (int i = 0; i < actions.size() && i < buttons.size(); ++i)
        actions.at(i)->setEnabled(buttons.at(i)->isEnabled());
}

void ScanResultsView::openCurrent()
{
    const QUrl url = m_tree->currentIndex().data(ScanResultsModel::PageUrlRole).toUrl();
    if (url.isValid() && !url.isEmpty())
        emit openRequested(url);
}

} // namespace xj
