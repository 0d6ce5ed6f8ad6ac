// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "evidence/IntegrityChecker.h"

#include <QDialog>

#include <atomic>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QThread;
class QTimer;

namespace xj {

class Database;

/// Re-hashes every evidence file and reports, by finding, which are missing, altered or orphaned.
/// The check runs on a worker thread with its own database connection (Qt's are per thread), so
/// the window stays responsive; Cancel stops it after the file being read. Nothing is repaired
/// or deleted. The report can be copied or saved as text, the same text `xunjian-cli verify` prints.
class IntegrityDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntegrityDialog)
public:
    IntegrityDialog(const Database &database, const QString &dataDirectory, QWidget *parent = nullptr);
    ~IntegrityDialog() override;

    /// Opens the dialog, runs the check and waits until the inspector closes it.
    static void run(const Database &database, const QString &dataDirectory, QWidget *parent);

    void start();
    bool isRunning() const;
    /// Set once a check has run to the end.
    const std::optional<IntegrityReport> &report() const { return m_report; }
    QString reportText() const { return m_reportText; }

    /// Writes the report text (UTF-8) to `path`.
    Status saveReportTo(const QString &path) const;

signals:
    void checkFinished();

public slots:
    void reject() override;

private:
    void showProgress();
    void showOutcome();
    void showSummary(const QString &text, const QString &colour);
    void copyReport();
    void saveReport();

    const Database &m_db;
    QString m_dataDirectory;
    QLabel *m_status;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QPlainTextEdit *m_text;
    QPushButton *m_cancel;
    QPushButton *m_copy;
    QPushButton *m_save;
    QDialogButtonBox *m_buttons;
    QTimer *m_progressTimer;
    QThread *m_worker = nullptr;

    // Shared with the worker thread: it writes, the dialog reads.
    std::atomic<bool> m_stopRequested{false};
    std::atomic<int> m_done{0};
    std::atomic<int> m_total{0};
    std::optional<Result<IntegrityReport>> m_outcome; ///< written by the worker before it finishes

    std::optional<IntegrityReport> m_report;
    QString m_reportText;
};

} // namespace xj
