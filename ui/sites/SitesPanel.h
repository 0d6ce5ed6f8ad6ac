// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;

namespace xj {

class Database;
class SiteFilterProxy;
class SiteListModel;
struct Site;

/// The registry list on the left of the main window: search, filter by kind, and add, edit,
/// delete and import sites.
class SitesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SitesPanel)
public:
    SitesPanel(const Database &database, QWidget *parent = nullptr);

    /// Reloads the registry from the database, keeping the selection where possible.
    void reload();
    void selectSite(qint64 siteId);
    qint64 currentSiteId() const;
    const Site *currentSite() const;
    /// The sites selected in the list (several with Ctrl or Shift: a scan of each), in list order.
    QList<Site> selectedSites() const;
    /// Moves the selection by `step` rows of the filtered list (next/previous site).
    void moveSelection(int step);
    /// Lists only these sites (those a round covers); nullopt: the whole registry.
    void setSiteScope(const std::optional<QList<qint64>> &siteIds);

public slots:
    void addSite();
    void editSite();
    void deleteSite();
    void importSites();
    void manageUnits();

signals:
    void currentSiteChanged(qint64 siteId);
    /// A site was added, edited or deleted.
    void registryChanged();

private:
    /// Saves `site` (new when id is 0) under the unit named `unitName`, creating the unit if needed,
    /// as one transaction.
    Status saveSite(const Site &site, const QString &unitName);
    void openSiteDialog(const Site &site, const QString &unitName);

    const Database &m_db;
    SiteListModel *m_model;
    SiteFilterProxy *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_kindFilter;
    QTableView *m_view;
    qint64 m_currentSiteId = 0;
};

} // namespace xj
