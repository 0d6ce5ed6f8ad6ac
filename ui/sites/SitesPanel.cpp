// SPDX-License-Identifier: GPL-3.0-or-later
#include "sites/SitesPanel.h"

#include "common/EditUntilSaved.h"
#include "sites/ImportSitesDialog.h"
#include "sites/SiteDialog.h"
#include "sites/SiteFilterProxy.h"
#include "sites/SiteListModel.h"
#include "sites/UnitsDialog.h"
#include "storage/SiteRepository.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace xj {

SitesPanel::SitesPanel(const Database &database, QWidget *parent)
    : QWidget(parent)
    , m_db(database)
    , m_model(new SiteListModel(this))
    , m_proxy(new SiteFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_kindFilter(new QComboBox(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("sitesPanel"));
    m_proxy->setSourceModel(m_model);

    m_search->setObjectName(QStringLiteral("siteSearch"));
    m_search->setPlaceholderText(tr("Search name, address, unit, code…"));
    m_search->setClearButtonEnabled(true);
    m_kindFilter->setObjectName(QStringLiteral("siteKindFilter"));
    m_kindFilter->addItem(tr("All"), -1);
    for (SiteKind k : SiteKinds.values())
        m_kindFilter->addItem(SiteKinds.label(k), int(k));

    m_view->setObjectName(QStringLiteral("siteList"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(SiteListModel::NameColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(SiteListModel::KindColumn,
                                                     QHeaderView::ResizeToContents);
    // The unit and status are in the tooltip and the search; the narrow list shows what identifies a site.
    m_view->setColumnHidden(SiteListModel::UnitColumn, true);
    m_view->setColumnHidden(SiteListModel::StatusColumn, true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *add = new QPushButton(tr("Add"), this);
    add->setObjectName(QStringLiteral("addSiteButton"));
    auto *edit = new QPushButton(tr("Edit"), this);
    edit->setObjectName(QStringLiteral("editSiteButton"));
    auto *more = new QToolButton(this);
    more->setObjectName(QStringLiteral("siteMoreButton"));
    more->setText(tr("More"));
    more->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(more);
    menu->addAction(tr("Delete site…"), this, &SitesPanel::deleteSite)
        ->setObjectName(QStringLiteral("deleteSiteAction"));
    menu->addAction(tr("Import from CSV/Excel…"), this, &SitesPanel::importSites)
        ->setObjectName(QStringLiteral("importSitesAction"));
    menu->addAction(tr("Host units…"), this, &SitesPanel::manageUnits)
        ->setObjectName(QStringLiteral("unitsAction"));
    more->setMenu(menu);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_kindFilter);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(more);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, &SitesPanel::addSite);
    connect(edit, &QPushButton::clicked, this, &SitesPanel::editSite);
    connect(m_view, &QTableView::doubleClicked, this, &SitesPanel::editSite);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &SiteFilterProxy::setSearchText);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int kind = m_kindFilter->currentData().toInt();
        m_proxy->setKindFilter(kind < 0 ? std::nullopt : std::optional<SiteKind>(SiteKind(kind)));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const qint64 id = current.data(SiteListModel::SiteIdRole).toLongLong();
                if (id == m_currentSiteId)
                    return;
                m_currentSiteId = id;
                emit currentSiteChanged(id);
            });
}

void SitesPanel::reload()
{
    auto sites = SiteRepository(m_db).all();
    auto units = UnitRepository(m_db).all();
    if (!sites || !units) {
        showError(this, tr("Site list"), !sites ? sites.error() : units.error());
        return;
    }
    const qint64 keep = m_currentSiteId;
    {
        // The model reset must not look like the inspector choosing another site.
        const QSignalBlocker blocker(m_view->selectionModel());
        m_model->setSites(sites.value(), units.value());
    }
    m_currentSiteId = 0;
    selectSite(keep);
    if (m_currentSiteId != keep)
        emit currentSiteChanged(m_currentSiteId);
}

void SitesPanel::setSiteScope(const std::optional<QList<qint64>> &siteIds)
{
    m_proxy->setSiteIds(siteIds
                            ? std::optional<QSet<qint64>>(QSet<qint64>(siteIds->cbegin(), siteIds->cend()))
                            : std::nullopt);
}

void SitesPanel::selectSite(qint64 siteId)
{
    const int row = m_model->rowOf(siteId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_search->clear(); // the site is hidden by the filter; show everything rather than nothing
        m_kindFilter->setCurrentIndex(0);
    }
    m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    m_view->scrollTo(m_view->currentIndex());
}

qint64 SitesPanel::currentSiteId() const
{
    return m_currentSiteId;
}

const Site *SitesPanel::currentSite() const
{
    return m_model->siteById(m_currentSiteId);
}

QList<Site> SitesPanel::selectedSites() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    QList<Site> out;
    for (const QModelIndex &index : std::as_const(rows)) {
        if (const Site *site = m_model->siteById(index.data(SiteListModel::SiteIdRole).toLongLong()))
            out.append(*site);
    }
    return out;
}

void SitesPanel::moveSelection(int step)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    const int current = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -step;
    const int next = std::clamp(current + step, 0, rows - 1);
    m_view->setCurrentIndex(m_proxy->index(next, 0));
}

Status SitesPanel::saveSite(const Site &site, const QString &unitName)
{
    const Status saved = withTransaction(m_db, [&]() -> Status {
        auto unitId = UnitRepository(m_db).findOrCreate(unitName);
        if (!unitId)
            return unitId.error();
        Site s = site;
        s.unitId = unitId.value();
        if (s.id) {
            return SiteRepository(m_db).update(s);
        }
        auto id = SiteRepository(m_db).create(s);
        if (!id)
            return id.error();
        m_currentSiteId = id.value();
        return Status::success();
    });
    if (!saved)
        return saved;
    reload();
    emit registryChanged();
    return Status::success();
}

static QStringList unitNames(const Database &db)
{
    QStringList names;
    if (auto units = UnitRepository(db).all()) {
        for (const Unit &u : units.value())
            names.append(u.name);
    }
    return names;
}

void SitesPanel::addSite()
{
    const Site *current = currentSite();
    openSiteDialog(Site{}, current ? m_model->unitName(current->unitId) : QString());
}

void SitesPanel::editSite()
{
    if (const Site *current = currentSite())
        openSiteDialog(*current, m_model->unitName(current->unitId));
}

void SitesPanel::openSiteDialog(const Site &site, const QString &unit)
{
    struct Entry
    {
        Site site;
        QString unit;
    };
    editUntilSaved(
        this, tr("Save site"), Entry{site, unit},
        [this](Entry &entry) {
            SiteDialog dialog(entry.site, entry.unit, unitNames(m_db), this);
            QList<QPair<qint64, QString>> portals;
            if (auto sites = SiteRepository(m_db).all())
                for (const Site &s : sites.value())
                    if (s.kind == SiteKind::Website && s.portal)
                        portals.append({s.id, s.name});
            dialog.setParentChoices(portals);
            if (dialog.exec() != QDialog::Accepted)
                return false;
            entry = {dialog.site(), dialog.unitName()};
            return true;
        },
        [this](const Entry &entry) { return saveSite(entry.site, entry.unit); });
}

void SitesPanel::deleteSite()
{
    const Site *current = currentSite();
    if (!current)
        return;
    const Site site = *current;
    auto records = SiteRepository(m_db).recordCount(site.id);
    if (!records) {
        showError(this, tr("Delete site"), records.error());
        return;
    }
    const QString question = records.value() > 0 ? tr("Delete \"%1\" together with its %n recorded "
                                                      "verdict(s) and finding(s)? This cannot be undone.",
                                                      nullptr, records.value())
                                                       .arg(site.name)
                                                 : tr("Delete \"%1\" from the registry?").arg(site.name);
    if (!confirm(this, tr("Delete site"), question))
        return;
    if (Status s = SiteRepository(m_db).remove(site.id, true); !s) {
        showError(this, tr("Delete site"), s.error());
        return;
    }
    reload();
    emit registryChanged();
}

void SitesPanel::importSites()
{
    ImportSitesDialog dialog(m_db, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit registryChanged();
    }
}

void SitesPanel::manageUnits()
{
    UnitsDialog dialog(m_db, this);
    dialog.exec();
    reload();
    emit registryChanged();
}

} // namespace xj
