// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/ChecklistLibrary.h"
#include "model/Round.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;

namespace xj {

class Database;

/// Opens a new inspection round: kind, period, inspection date T, team and the checklists
/// (national or the office's local templates) for websites and new-media accounts, and what the
/// kind needs besides: the unit of a self-check, the units of a peer check, the items of a special
/// check, the source round of a re-check. Any round may carry forward the open findings of an
/// earlier round; a re-check always does.
class RoundDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoundDialog)
public:
    RoundDialog(const Database &database, const QString &localChecklistFolder, QWidget *parent = nullptr);

    qint64 createdRoundId() const { return m_createdRoundId; }
    /// How many open findings the new round took over from its source round.
    int carriedCount() const { return m_carriedCount; }

private:
    void fillTemplates(QComboBox *combo, SiteKind kind);
    void fillUnits(QStringList &problems);
    void fillSourceRounds(QStringList &problems);
    void fillItems();
    RoundKind currentKind() const;
    void updateKindFields();
    void updateCarryForward();
    void suggestName();
    void create();

    const Database &m_db;
    ChecklistLibrary m_library;
    QFormLayout *m_form;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_period;
    QDateEdit *m_start;
    QDateEdit *m_end;
    QDateEdit *m_inspectionDate;
    QLineEdit *m_team;
    QComboBox *m_unit;    ///< self-check
    QListWidget *m_units; ///< peer check
    QComboBox *m_websiteTemplate;
    QComboBox *m_newMediaTemplate;
    QListWidget *m_items; ///< special check
    QComboBox *m_source;
    QCheckBox *m_carryForward;
    QLabel *m_templateErrors;
    qint64 m_createdRoundId = 0;
    int m_carriedCount = 0;
};

} // namespace xj
