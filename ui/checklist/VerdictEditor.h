// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ChecklistTemplate.h"
#include "model/Verdict.h"

#include <QWidget>

#include <optional>

class QButtonGroup;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QRadioButton;
class QTextBrowser;
class QTimer;

namespace xj {

/// What the inspector has set for one item; no value means "not yet judged".
struct VerdictInput
{
    QString itemCode;
    std::optional<VerdictValue> value;
    double points = 0;
    QString note;
};

/// The verdict controls under the checklist: 合格 / 不合格 / 不适用 / not judged, the points lost (or,
/// for bonus items, earned) and a note. Every change is reported at once, except typing in the note,
/// which is reported after a pause or when the inspector moves on.
class VerdictEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerdictEditor)
public:
    explicit VerdictEditor(QWidget *parent = nullptr);

    /// Shows `item` with its current verdict (null: not judged); null item clears the editor.
    void showItem(const ChecklistItem *item, const Verdict *verdict);
    /// Reports a note still being typed, so that nothing entered is lost.
    void commitPendingNote();

signals:
    void edited(const VerdictInput &input);

private:
    void emitEdited();
    void updatePointsState();
    std::optional<VerdictValue> selectedValue() const;

    QString m_itemCode;
    ItemKind m_kind = ItemKind::Veto;
    bool m_loading = false;
    QLabel *m_title;
    QTextBrowser *m_text;
    QLabel *m_unverified;
    QButtonGroup *m_buttons;
    QRadioButton *m_pass;
    QRadioButton *m_fail;
    QRadioButton *m_na;
    QRadioButton *m_unset;
    QDoubleSpinBox *m_points;
    QLabel *m_pointsLabel;
    QPlainTextEdit *m_note;
    QTimer *m_noteTimer;
};

} // namespace xj

Q_DECLARE_METATYPE(xj::VerdictInput)
