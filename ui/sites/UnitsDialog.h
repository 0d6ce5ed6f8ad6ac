// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QListView;

namespace xj {

class Database;
class UnitListModel;

/// Adds, edits and deletes host units (主办单位). Each button press is one saved action.
class UnitsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnitsDialog)
public:
    UnitsDialog(const Database &database, QWidget *parent = nullptr);

private:
    void reload(qint64 selectId);
    void showCurrent();
    void addUnit();
    void saveUnit();
    void deleteUnit();
    qint64 currentUnitId() const;

    const Database &m_db;
    UnitListModel *m_model;
    QListView *m_list;
    QLineEdit *m_name;
    QLineEdit *m_region;
    QLineEdit *m_contact;
    QLineEdit *m_phone;
};

} // namespace xj
