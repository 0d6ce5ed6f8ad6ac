// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/FindingsPanel.h"

#include "common/EditUntilSaved.h"
#include "common/ErrorDialog.h"
#include "findings/DeleteFindingCommand.h"
#include "findings/FindingFilterProxy.h"
#include "findings/FindingsModel.h"
#include "storage/EvidenceRepository.h"
#include "storage/FindingRepository.h"
#include "storage/SiteRepository.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace xj {

namespace {

QPushButton *panelButton(QWidget *parent, const QString &text, const QString &objectName,
                         const QString &toolTip = {})
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setToolTip(toolTip);
    return button;
}

} // namespace

FindingsPanel::FindingsPanel(const Database &database, QWidget *parent)
    : QWidget(parent)
    , m_db(database)
    , m_model(new FindingsModel(this))
    , m_proxy(new FindingFilterProxy(this))
    , m_view(new QTableView(this))
    , m_undo(new QUndoStack(this))
    , m_caption(new QLabel(this))
    , m_siteFilter(new QComboBox(this))
    , m_itemFilter(new QComboBox(this))
    , m_stateFilter(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_add(panelButton(this, tr("Add finding"), QStringLiteral("addFindingButton"),
                        tr("Add a finding by hand, without a screenshot")))
    , m_edit(panelButton(this, tr("Edit"), QStringLiteral("editFindingButton")))
    , m_evidence(panelButton(this, tr("Evidence"), QStringLiteral("findingEvidenceButton"),
                             tr("Show the screenshots and the archived page of the finding")))
    , m_openPage(panelButton(this, tr("Open page"), QStringLiteral("openFindingPageButton"),
                             tr("Open the finding's page in the browser and scroll to the marked element")))
    , m_delete(panelButton(this, tr("Delete"), QStringLiteral("deleteFindingButton")))
    , m_undoDelete(panelButton(this, tr("Undo"), QStringLiteral("undoDeleteButton")))
{
    setObjectName(QStringLiteral("findingsPanel"));
    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("findingsView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FindingsModel::FoundAtColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle); // the end of an address is what tells pages apart
    // Re-check (复查) of the selected finding alone; the whole list is in the Rectification menu.
    m_recheckAction = new QAction(tr("Re-check this finding…"), this);
    m_recheckAction->setObjectName(QStringLiteral("recheckFindingAction"));
    m_view->addAction(m_recheckAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_recheckAction, &QAction::triggered, this, [this] {
        if (const qint64 id = currentFindingId())
            emit recheckRequested(id);
    });
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(FindingsModel::DescriptionColumn, QHeaderView::Stretch);
    for (int column :
         {FindingsModel::FoundAtColumn, FindingsModel::ItemColumn, FindingsModel::SeverityColumn,
          FindingsModel::StateColumn, FindingsModel::InspectorColumn, FindingsModel::EvidenceColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_view->setColumnWidth(FindingsModel::UrlColumn, 220);
    m_view->setColumnWidth(FindingsModel::SiteColumn, 140);
    m_view->setColumnHidden(FindingsModel::SiteColumn, true);
    m_caption->setObjectName(QStringLiteral("findingsCaption"));
    m_undoDelete->setToolTip(tr("Bring back the finding deleted last (%1)")
                                 .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_caption, 1);
    for (QPushButton *b : {m_add, m_edit, m_evidence, m_openPage, m_delete, m_undoDelete})
        buttons->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(createFilterBar());
    layout->addWidget(createRestrictionChip());
    layout->addWidget(m_view, 1);

    connect(m_add, &QPushButton::clicked, this, &FindingsPanel::addFinding);
    connect(m_edit, &QPushButton::clicked, this, &FindingsPanel::editFinding);
    connect(m_evidence, &QPushButton::clicked, this, &FindingsPanel::showEvidence);
    connect(m_openPage, &QPushButton::clicked, this, &FindingsPanel::openPage);
    connect(m_delete, &QPushButton::clicked, this, &FindingsPanel::deleteFinding);
    connect(m_undoDelete, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(m_undo, &QUndoStack::canUndoChanged, this, &FindingsPanel::updateButtons);
    connect(m_view, &QTableView::doubleClicked, this, &FindingsPanel::showEvidence);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FindingsPanel::updateButtons);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &FindingsPanel::updateButtons);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &FindingsPanel::updateButtons);
    updateButtons();
}

FindingsPanel::~FindingsPanel()
{
    // The undo stack is a child and outlives this part of the object; its last signals must not
    // reach a panel that is already half gone.
    m_undo->disconnect(this);
}

QWidget *FindingsPanel::createFilterBar()
{
    auto *bar = new QWidget(this);
    m_siteFilter->setObjectName(QStringLiteral("findingsSiteFilter"));
    m_siteFilter->setToolTip(
        tr("Whose findings to list: the current site, every site in the round, or one site"));
    m_siteFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    updateSiteFilter();
    m_itemFilter->setObjectName(QStringLiteral("findingsItemFilter"));
    m_itemFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_stateFilter->setObjectName(QStringLiteral("findingsStateFilter"));
    m_stateFilter->addItem(tr("All states"), -1);
    for (FindingState s : FindingStates.values())
        m_stateFilter->addItem(FindingStates.label(s), int(s));
    m_search->setObjectName(QStringLiteral("findingsSearch"));
    m_search->setPlaceholderText(tr("Search problems, pages, sites…"));
    m_search->setClearButtonEnabled(true);
    updateItemFilter();

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_siteFilter);
    layout->addWidget(m_itemFilter);
    layout->addWidget(m_stateFilter);
    layout->addWidget(m_search, 1);

    connect(m_siteFilter, &QComboBox::currentIndexChanged, this, &FindingsPanel::reload);
    connect(m_itemFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setItemCode(m_itemFilter->currentData().toString()); });
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int state = m_stateFilter->currentData().toInt();
        m_proxy->setState(state < 0 ? std::nullopt : std::optional<int>(state));
    });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &FindingFilterProxy::setText);
    return bar;
}

void FindingsPanel::setContext(qint64 roundId, qint64 siteId, const ItemChoices &items,
                               const QHash<QString, FindingSeverity> &severityByItem)
{
    if (roundId != m_roundId) {
        m_undo->clear();    // undoing a deletion in a round no longer shown would surprise
        clearRestriction(); // a chart of another round does not describe this one
    }
    m_roundId = roundId;
    m_siteId = siteId;
    m_items = items;
    m_severityByItem = severityByItem;
    updateItemFilter();
    updateSiteFilter();
    reload();
}

// -1 stands for "the current site", 0 for "every site in the round", anything else is a site id.
void FindingsPanel::updateSiteFilter()
{
    m_siteNames.clear();
    QList<Site> sites;
    if (auto all = SiteRepository(m_db).all())
        sites = all.value();
    const QVariant current = m_siteFilter->currentIndex() >= 0 ? m_siteFilter->currentData() : QVariant(-1);
    const QSignalBlocker block(m_siteFilter);
    m_siteFilter->clear();
    m_siteFilter->addItem(tr("This site"), -1);
    m_siteFilter->addItem(tr("All sites"), 0);
    m_siteFilter->insertSeparator(2);
    for (const Site &site : sites) {
        m_siteNames.insert(site.id, site.name);
        const QString kind = site.platform.isEmpty() ? SiteKinds.label(site.kind) : site.platform;
        m_siteFilter->addItem(tr("%1 (%2)").arg(site.name, kind), site.id);
    }
    m_siteFilter->setCurrentIndex(std::max(0, m_siteFilter->findData(current)));
}

qint64 FindingsPanel::listedSiteId() const
{
    const qint64 choice = m_siteFilter->currentData().toLongLong();
    return choice < 0 ? m_siteId : choice;
}

void FindingsPanel::updateItemFilter()
{
    const QString current = m_itemFilter->currentData().toString();
    const QSignalBlocker block(m_itemFilter);
    m_itemFilter->clear();
    m_itemFilter->addItem(tr("All items"), QString());
    for (const auto &[code, title] : m_items)
        m_itemFilter->addItem(code + QStringLiteral("  ") + title.left(16), code);
    m_itemFilter->setCurrentIndex(std::max(0, m_itemFilter->findData(current)));
    m_proxy->setItemCode(m_itemFilter->currentData().toString());
}

void FindingsPanel::reload()
{
    const qint64 selected = currentFindingId();
    QList<Finding> findings;
    QHash<qint64, int> counts;
    const qint64 siteId = listedSiteId();
    const bool allSites = m_siteFilter->currentData().toLongLong() == 0;
    m_view->setColumnHidden(FindingsModel::SiteColumn, !allSites); // only then does it tell rows apart
    if (m_roundId > 0 && (allSites || siteId > 0)) {
        auto list = FindingRepository(m_db).list({m_roundId, siteId});
        if (!list)
            showError(this, tr("Findings"), list.error());
        else
            findings = list.value();
        QList<qint64> ids;
        for (const Finding &f : findings)
            ids << f.id;
        if (auto c = EvidenceRepository(m_db).screenshotCounts(ids))
            counts = c.value();
    }
    m_model->setFindings(findings, m_siteNames, counts);
    m_caption->setText(tr("Findings: %n", nullptr, int(findings.size())));
    selectFinding(selected);
    updateButtons();
}

qint64 FindingsPanel::currentFindingId() const
{
    const Finding *f = currentFinding();
    return f ? f->id : 0;
}

const Finding *FindingsPanel::currentFinding() const
{
    const QModelIndex index = m_proxy->mapToSource(m_view->currentIndex());
    return index.isValid() && m_view->selectionModel()->hasSelection() ? m_model->finding(index.row())
                                                                       : nullptr;
}

void FindingsPanel::selectFinding(qint64 findingId)
{
    const int row = m_model->rowOf(findingId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid())
        m_view->selectRow(index.row());
}

void FindingsPanel::setPage(const QString &url, const QString &title)
{
    m_pageUrl = url;
    m_pageTitle = title;
}

void FindingsPanel::setCurrentItem(const QString &itemCode)
{
    m_currentItem = itemCode;
}

void FindingsPanel::updateButtons()
{
    const bool context = m_roundId > 0 && m_siteId > 0;
    const bool selected = currentFinding() != nullptr;
    const FindingState state = selected ? currentFinding()->state : FindingState::Candidate;
    m_recheckAction->setEnabled(state == FindingState::Notified || state == FindingState::FedBack ||
                                state == FindingState::RecheckFailed);
    m_add->setEnabled(context);
    for (QPushButton *b : {m_edit, m_evidence, m_openPage, m_delete})
        b->setEnabled(selected);
    m_undoDelete->setEnabled(m_undo->canUndo());
    emit currentFindingChanged();
}

void FindingsPanel::addFindingActions(const QList<QAction *> &actions)
{
    m_view->addActions(actions);
}

Finding FindingsPanel::newFinding() const
{
    Finding finding;
    finding.roundId = m_roundId;
    finding.siteId = m_siteId;
    finding.itemCode = m_currentItem;
    finding.url = m_pageUrl;
    finding.pageTitle = m_pageTitle;
    finding.severity = m_severityByItem.value(m_currentItem, FindingSeverity::Hint);
    finding.state = FindingState::Confirmed;
    finding.inspector = m_inspector;
    finding.foundAt = QDateTime::currentDateTimeUtc();
    return finding;
}

void FindingsPanel::addFinding()
{
    if (m_roundId > 0 && m_siteId > 0)
        openFindingDialog(newFinding());
}

void FindingsPanel::editFinding()
{
    if (const Finding *current = currentFinding())
        openFindingDialog(*current);
}

void FindingsPanel::showEvidence()
{
    if (const qint64 id = currentFindingId())
        emit evidenceRequested(id);
}

void FindingsPanel::openPage()
{
    if (const Finding *current = currentFinding())
        emit pageRequested(*current);
}

void FindingsPanel::openFindingDialog(const Finding &finding)
{
    editUntilSaved(
        this, tr("Save finding"), finding,
        [this](Finding &f) {
            FindingDialog dialog(f, m_items, this);
            if (dialog.exec() != QDialog::Accepted)
                return false;
            f = dialog.finding();
            return true;
        },
        [this](const Finding &f) -> Status {
            const FindingRepository repository(m_db);
            qint64 id = f.id;
            if (id) {
                if (Status s = repository.update(f, m_inspector); !s)
                    return s;
            } else {
                auto created = repository.create(f);
                if (!created)
                    return created.error();
                id = created.value();
            }
            reload();
            selectFinding(id);
            emit findingsChanged();
            return Status::success();
        });
}

void FindingsPanel::deleteFinding()
{
    const Finding *current = currentFinding();
    if (!current)
        return;
    // No confirmation: the deletion can be undone, and asking every time slows the inspector down.
    m_undo->push(new DeleteFindingCommand(
        m_db, current->id, current->description,
        [this] {
            reload();
            emit findingsChanged();
        },
        [this](const QString &message) {
            showError(this, tr("Delete finding"), Error{message, {}});
        }));
}

QWidget *FindingsPanel::createRestrictionChip()
{
    m_restrictionChip = new QWidget(this);
    m_restrictionChip->setObjectName(QStringLiteral("findingsRestrictionChip"));
    m_restrictionLabel = new QLabel(m_restrictionChip);
    m_restrictionLabel->setObjectName(QStringLiteral("findingsRestrictionLabel"));
    auto *clear = new QToolButton(m_restrictionChip);
    clear->setObjectName(QStringLiteral("findingsRestrictionClear"));
    clear->setText(QStringLiteral("✕"));
    clear->setAutoRaise(true);
    clear->setToolTip(tr("Remove this filter and list the findings as before"));
    auto *layout = new QHBoxLayout(m_restrictionChip);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_restrictionLabel);
    layout->addWidget(clear);
    layout->addStretch(1);
    connect(clear, &QToolButton::clicked, this, &FindingsPanel::clearRestriction);
    m_restrictionChip->hide();
    return m_restrictionChip;
}

void FindingsPanel::applyRestriction(const FindingFilterProxy::Restriction &restriction)
{
    // The chart counted every site and every item of the round, so the list must too.
    m_itemFilter->setCurrentIndex(0);
    m_stateFilter->setCurrentIndex(0);
    m_search->clear();
    m_siteFilter->setCurrentIndex(std::max(0, m_siteFilter->findData(0)));
    m_proxy->setRestriction(restriction);
    reload();
    m_restrictionLabel->setText(tr("Filtered by: %1").arg(restriction.label));
    m_restrictionChip->setVisible(restriction.isActive());
}

void FindingsPanel::clearRestriction()
{
    m_proxy->setRestriction({});
    if (m_restrictionChip)
        m_restrictionChip->hide();
}

} // namespace xj
