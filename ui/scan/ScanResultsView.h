// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scan/ScanCandidate.h"

#include <QJsonObject>
#include <QUrl>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace xj {

class ScanResultsModel;

/// What one scan found: the veto verdicts (W-V2…W-V5, red where one applies) over the
/// candidates grouped by category, with the pages each was found on one level down. The
/// inspector opens a candidate's page in the browser, accepts candidates as findings (several
/// at once), dismisses them or exports the whole result.
class ScanResultsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanResultsView)
public:
    explicit ScanResultsView(QWidget *parent = nullptr);

    /// The scan's summary (for the verdicts) and its candidates; an empty summary shows `note`.
    void setResults(const QJsonObject &summary, const ScanCandidates &candidates, const QString &note = {});
    void setBusy(bool busy);
    ScanResultsModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    QLabel *verdictLabel() const { return m_verdicts; }
    /// The candidates of the selected rows (a category or check row stands for all under it).
    ScanCandidates selectedCandidates() const;

signals:
    void openRequested(const QUrl &url);
    void acceptRequested(const xj::ScanCandidates &candidates);
    void dismissRequested(const xj::ScanCandidates &candidates);
    void exportRequested();

private:
    void updateButtons();
    void openCurrent();

    ScanResultsModel *m_model;
    QLabel *m_verdicts;
    QTreeView *m_tree;
    QPushButton *m_open;
    QPushButton *m_accept;
    QPushButton *m_dismiss;
    QPushButton *m_export;
    bool m_busy = false;
};

} // namespace xj
