// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findings/FindingDialog.h"
#include "inspection/SiteInspection.h"
#include "model/Finding.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTreeView;

namespace xj {

class ChecklistModel;
class Database;
class VerdictEditor;
struct VerdictInput;

/// The checklist beside the browser: the items of the current round for the current site grouped
/// by kind and area, the verdict editor and the live score.
class ChecklistPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecklistPanel)
public:
    ChecklistPanel(const Database &database, QWidget *parent = nullptr);

    /// Shows the checklist of `roundId` for `site` (null: nothing to show).
    void setContext(qint64 roundId, const Site *site);
    void setInspector(const QString &name) { m_inspector = name; }
    /// Saves a note still being typed.
    void commitPendingEdits();

    const ChecklistModel *model() const { return m_model; }
    QString currentItemCode() const;
    void selectItem(const QString &itemCode);
    /// Moves to the next (step 1) or previous (step -1) checklist item, in checklist order.
    void moveSelection(int step);

    ItemChoices itemChoices() const;
    /// The judgement a finding on each item carries (veto → 单项否决, deduction → 扣分, bonus → hint).
    QHash<QString, FindingSeverity> severityByItem() const;

signals:
    void currentItemChanged(const QString &itemCode);
    void verdictSaved(const QString &itemCode);

private:
    void applyEdit(const VerdictInput &input);
    void showCurrentItem();
    void updateScore();

    const Database &m_db;
    std::optional<SiteInspection> m_inspection;
    ChecklistModel *m_model;
    QTreeView *m_view;
    VerdictEditor *m_editor;
    QLabel *m_score;
    QLabel *m_explanation;
    QString m_inspector;
};

} // namespace xj
