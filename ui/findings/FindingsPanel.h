// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/FindingDialog.h"
#include "model/Finding.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace xj {

class Database;
class FindingsModel;

/// The findings of the current site in the current round, below the browser: add, edit and delete
/// by hand. New findings start from the page in the browser and the checklist item in focus.
class FindingsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsPanel)
public:
    FindingsPanel(const Database &database, QWidget *parent = nullptr);

    /// Which round and site the panel shows, and the items a finding may count against.
    void setContext(qint64 roundId, qint64 siteId, const ItemChoices &items,
                    const QHash<QString, FindingSeverity> &severityByItem);
    void setInspector(const QString &name) { m_inspector = name; }
    const FindingsModel *model() const { return m_model; }
    void reload();

public slots:
    void setPage(const QString &url, const QString &title);
    void setCurrentItem(const QString &itemCode);
    void addFinding();
    void editFinding();
    void deleteFinding();

signals:
    void findingsChanged();

private:
    void updateButtons();
    void openFindingDialog(const Finding &finding);

    const Database &m_db;
    FindingsModel *m_model;
    QTableView *m_view;
    QLabel *m_caption;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    qint64 m_roundId = 0;
    qint64 m_siteId = 0;
    ItemChoices m_items;
    QHash<QString, FindingSeverity> m_severityByItem;
    QString m_pageUrl;
    QString m_pageTitle;
    QString m_currentItem;
    QString m_inspector;
};

} // namespace xj
