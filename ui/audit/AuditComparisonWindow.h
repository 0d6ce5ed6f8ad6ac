// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditRepository.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace xj {

class AuditComparisonModel;
class AuditFindingPane;
class Database;

/// The peer-audit comparison of a round (互查比对): pick a site the sides judged, two sides (this
/// office and the teams), and see their findings paired row by row, the items they judged
/// differently, and both findings of a row in detail. Rows one side alone saw are reconciled here
/// (ReconcileDialog → AuditReconciliations), and the decisions of a site can be read back.
/// A non-modal top-level window that deletes itself when closed.
class AuditComparisonWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditComparisonWindow)
public:
    AuditComparisonWindow(Database &database, const QString &dataDirectory, qint64 roundId,
                          QWidget *parent = nullptr);

    /// Selects a site of the list (for callers that open the window on one site); false if absent.
    bool selectSite(qint64 siteId);
    /// Reads the sides again (after a team's package was imported), staying on the current site.
    void refresh();

private:
    void buildUi();
    void loadSources();
    void siteChanged();
    void reload();
    void showDetails();
    void reconcile();
    void showHistory();
    void showLoadError(const Error &error);

    qint64 currentSiteId() const;
    qint64 leftImportId() const;
    qint64 rightImportId() const;
    int selectedRow() const;
    QString sideName(qint64 importId) const;
    /// Default sides for a site: this office and the first team, or the first two teams when this
    /// office has nothing there.
    QPair<qint64, qint64> defaultSides(qint64 siteId) const;
    QString siteText(qint64 siteId, int toReconcile) const;
    QHash<QString, QString> itemTitles(qint64 siteId) const;

    Database &m_db;
    QString m_dataDirectory;
    qint64 m_roundId;
    QString m_actor;
    QList<AuditSource> m_sources;
    QHash<qint64, QString> m_siteNames;
    QHash<QString, QString> m_titles; ///< item code → title, of the current site's checklist

    QListWidget *m_sites = nullptr;
    QComboBox *m_left = nullptr;
    QComboBox *m_right = nullptr;
    QTableView *m_table = nullptr;
    AuditComparisonModel *m_model = nullptr;
    QListWidget *m_disagreements = nullptr;
    QLabel *m_counts = nullptr;
    AuditFindingPane *m_leftPane = nullptr;
    AuditFindingPane *m_rightPane = nullptr;
    QPushButton *m_reconcile = nullptr;
    QPushButton *m_history = nullptr;
};

} // namespace xj
