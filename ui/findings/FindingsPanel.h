// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/FindingDialog.h"
#include "findings/FindingFilterProxy.h"
#include "model/Finding.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QUndoStack;

namespace xj {

class Database;
class FindingFilterProxy;
class FindingsModel;

/// The findings below the browser: those of the current site, of another site or of every site in
/// the round, with filters by item, state and text, sorting, and add / edit / delete (undoable) / open the
/// page / show the evidence. New findings start from the page in the browser and the checklist item in focus.
class FindingsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsPanel)
public:
    FindingsPanel(const Database &database, QWidget *parent = nullptr);
    ~FindingsPanel() override;

    /// Which round and site the panel shows, and the items a finding may count against.
    void setContext(qint64 roundId, qint64 siteId, const ItemChoices &items,
                    const QHash<QString, FindingSeverity> &severityByItem);
    void setInspector(const QString &name) { m_inspector = name; }
    const QString &inspector() const { return m_inspector; }
    qint64 roundId() const { return m_roundId; }
    qint64 siteId() const { return m_siteId; }
    /// Puts actions on the selected finding (the lifecycle's) into the list's context menu.
    void addFindingActions(const QList<QAction *> &actions);
    const FindingsModel *model() const { return m_model; }
    QUndoStack *undoStack() const { return m_undo; }
    qint64 currentFindingId() const;
    const Finding *currentFinding() const;
    void selectFinding(qint64 findingId);
    /// A finding prefilled with the round, site, current item, page and inspector.
    Finding newFinding() const;
    /// The severity a finding on that checklist item has (from the item's kind).
    FindingSeverity severityOf(const QString &itemCode) const
    {
        return m_severityByItem.value(itemCode, FindingSeverity::Hint);
    }
    const ItemChoices &itemChoices() const { return m_items; }
    /// Narrows the list as a dashboard chart asks: every site of the round, the filter bar reset,
    /// and a removable "Filtered by: …" chip saying why.
    void applyRestriction(const FindingFilterProxy::Restriction &restriction);
    void clearRestriction();
    void reload();

public slots:
    void setPage(const QString &url, const QString &title);
    void setCurrentItem(const QString &itemCode);
    void addFinding();
    void editFinding();
    void deleteFinding();
    void showEvidence();
    void openPage();

signals:
    void findingsChanged();
    void evidenceRequested(qint64 findingId);
    void pageRequested(const xj::Finding &finding);
    /// "Re-check this finding…" for the selected finding (notified, fed back or failed re-check).
    void recheckRequested(qint64 findingId);
    /// The selection or the selected finding changed: actions on it update their state.
    void currentFindingChanged();

private:
    QWidget *createFilterBar();
    QWidget *createRestrictionChip();
    void updateButtons();
    void updateItemFilter();
    void updateSiteFilter();
    /// The site whose findings are listed: 0 for every site in the round.
    qint64 listedSiteId() const;
    void openFindingDialog(const Finding &finding);

    const Database &m_db;
    FindingsModel *m_model;
    FindingFilterProxy *m_proxy;
    QTableView *m_view;
    QAction *m_recheckAction;
    QUndoStack *m_undo;
    QLabel *m_caption;
    QComboBox *m_siteFilter;
    QComboBox *m_itemFilter;
    QComboBox *m_stateFilter;
    QLineEdit *m_search;
    QWidget *m_restrictionChip = nullptr;
    QLabel *m_restrictionLabel = nullptr;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_evidence;
    QPushButton *m_openPage;
    QPushButton *m_delete;
    QPushButton *m_undoDelete;
    qint64 m_roundId = 0;
    qint64 m_siteId = 0;
    ItemChoices m_items;
    QHash<QString, FindingSeverity> m_severityByItem;
    QHash<qint64, QString> m_siteNames;
    QString m_pageUrl;
    QString m_pageTitle;
    QString m_currentItem;
    QString m_inspector;
};

} // namespace xj
