// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QToolButton;

namespace xj {

class CandidatesModel;

/// The list beside the page of what the automated checks found there: the inspector accepts a
/// candidate (it becomes a finding with a screenshot), accepts every candidate of its kind, or
/// dismisses it — on this page only, or by putting its text on the site's or the global
/// allow-list. Selecting a row shows its highlight in the page.
class CandidatesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidatesPanel)
public:
    enum class Dismissal { ThisPage, SiteAllowList, GlobalAllowList };

    explicit CandidatesPanel(QWidget *parent = nullptr);

    CandidatesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// The selected rows, in order.
    QList<int> selectedRows() const;
    /// "Checking…", "5 candidates", "Checks are off for new-media accounts", …
    void setStatus(const QString &text);
    void setBusy(bool busy);

signals:
    void acceptRequested(const QList<int> &rows);
    void acceptKindRequested(int row);
    void dismissRequested(const QList<int> &rows, xj::CandidatesPanel::Dismissal how);
    void focusRequested(int row);
    void recheckRequested();
    void countChanged(int count);

private:
    void updateButtons();

    CandidatesModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
    QPushButton *m_accept;
    QPushButton *m_acceptKind;
    QToolButton *m_dismiss;
    QPushButton *m_recheck;
    bool m_busy = false;
};

} // namespace xj
