// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/ChecklistLibrary.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace xj {

class Database;

/// Opens a new inspection round: kind, period, inspection date T, team and the checklists
/// (national or the office's local templates) for websites and new-media accounts.
class RoundDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoundDialog)
public:
    RoundDialog(const Database &database, const QString &localChecklistFolder, QWidget *parent = nullptr);

    qint64 createdRoundId() const { return m_createdRoundId; }

private:
    void fillTemplates(QComboBox *combo, SiteKind kind);
    void suggestName();
    void create();

    const Database &m_db;
    ChecklistLibrary m_library;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_period;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QDateEdit *m_inspectionDate;
    QLineEdit *m_team;
    QComboBox *m_websiteTemplate;
    QComboBox *m_newMediaTemplate;
    QLabel *m_templateErrors;
    qint64 m_createdRoundId = 0;
};

} // namespace xj
