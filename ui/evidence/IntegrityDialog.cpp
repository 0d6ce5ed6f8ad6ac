// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence/IntegrityDialog.h"

#include "common/ErrorDialog.h"
#include "evidence/IntegrityReportText.h"
#include "evidence/SavedCopy.h"
#include "storage/Database.h"

#include <QClipboard>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace xj {

namespace {

const QString Green = QStringLiteral("#1b7f3b");
const QString Red = QStringLiteral("#b00020");
const QString Grey = QStringLiteral("#555555");

} // namespace

IntegrityDialog::IntegrityDialog(const Database &database, const QString &dataDirectory, QWidget *parent)
    : QDialog(parent)
    , m_db(database)
    , m_dataDirectory(dataDirectory)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_copy(new QPushButton(tr("Copy"), this))
    , m_save(new QPushButton(tr("Save report…"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_progressTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("integrityDialog"));
    setWindowTitle(tr("Check evidence files"));

    m_status->setObjectName(QStringLiteral("integrityStatus"));
    m_status->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("integrityProgress"));
    m_summary->setObjectName(QStringLiteral("integritySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("integrityReport"));
    m_text->setReadOnly(true);
    m_text->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_cancel->setObjectName(QStringLiteral("integrityCancel"));
    m_copy->setObjectName(QStringLiteral("integrityCopy"));
    m_copy->setToolTip(tr("Copy the report to the clipboard"));
    m_save->setObjectName(QStringLiteral("integritySave"));

    m_buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &IntegrityDialog::reject);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_stopRequested = true;
        m_cancel->setEnabled(false);
        m_status->setText(tr("Stopping after the file being read…"));
    });
    connect(m_copy, &QPushButton::clicked, this, &IntegrityDialog::copyReport);
    connect(m_save, &QPushButton::clicked, this, &IntegrityDialog::saveReport);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &IntegrityDialog::showProgress);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_buttons);
    m_copy->setEnabled(false);
    m_save->setEnabled(false);
    resize(980, 560);
}

IntegrityDialog::~IntegrityDialog()
{
    if (m_worker) {
        m_stopRequested = true;
        m_worker->wait();
        delete m_worker;
    }
}

void IntegrityDialog::run(const Database &database, const QString &dataDirectory, QWidget *parent)
{
    IntegrityDialog dialog(database, dataDirectory, parent);
    dialog.start();
    dialog.exec();
}

bool IntegrityDialog::isRunning() const
{
    return m_worker != nullptr;
}

void IntegrityDialog::start()
{
    if (isRunning())
        return;
    m_stopRequested = false;
    m_done = 0;
    m_total = 0;
    m_outcome.reset();
    m_report.reset();
    m_reportText.clear();
    m_text->clear();
    m_summary->clear();
    m_status->show();
    m_status->setText(tr("Reading every evidence file again and comparing it with the SHA-256 recorded "
                         "when it was taken…"));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_copy->setEnabled(false);
    m_save->setEnabled(false);

    const QString databasePath = m_db.path();
    m_worker = QThread::create([this, databasePath] {
        // Qt's SQL connections belong to the thread that opened them, so this thread opens its
        // own to the same file (WAL lets it read while the window's connection stays usable).
        Database database;
        if (const Status opened = database.open(databasePath); !opened) {
            m_outcome.emplace(opened.error());
            return;
        }
        m_outcome.emplace(IntegrityChecker(database, m_dataDirectory).run([this](int done, int total) {
            m_done = done;
            m_total = total;
            return !m_stopRequested.load();
        }));
    });
    connect(m_worker, &QThread::finished, this, &IntegrityDialog::showOutcome);
    m_worker->start();
    m_progressTimer->start();
}

void IntegrityDialog::showProgress()
{
    const int total = m_total;
    if (total <= 0)
        return; // still listing the files: the bar keeps its busy look
    m_progress->setRange(0, total);
    m_progress->setValue(m_done);
    if (!m_stopRequested)
        m_status->setText(tr("Checked %1 of %2 files…").arg(m_done.load()).arg(total));
}

void IntegrityDialog::showOutcome()
{
    m_progressTimer->stop();
    m_worker->wait();
    m_worker->deleteLater();
    m_worker = nullptr;
    m_progress->hide();
    m_cancel->hide();

    if (m_outcome && m_outcome->ok()) {
        m_report = m_outcome->value();
        const IntegrityReport &report = *m_report;
        m_status->hide(); // the report's first line says what was checked
        if (report.ok()) {
            showSummary(tr("All %n evidence file(s) are intact.", nullptr, report.rowsChecked), Green);
        } else {
            QString summary = tr("%1 missing, %2 altered, %3 orphaned.")
                                  .arg(report.count(IntegrityProblemKind::Missing))
                                  .arg(report.count(IntegrityProblemKind::Altered))
                                  .arg(report.count(IntegrityProblemKind::Orphaned));
            if (report.count(IntegrityProblemKind::Missing) + report.count(IntegrityProblemKind::Altered) > 0)
                summary += QLatin1Char(' ') + tr("Restore the missing and altered files from a backup of the "
                                                 "data folder.");
            if (report.count(IntegrityProblemKind::Orphaned) > 0)
                summary += QLatin1Char(' ') + tr("Orphaned files are in the evidence folder but belong to no "
                                                 "evidence; they can be left there.");
            showSummary(summary, Red);
        }
        // The same words as `xunjian-cli verify`, grouped by finding.
        m_reportText = IntegrityReportText::format(m_db, report);
        m_text->setPlainText(m_reportText);
        m_copy->setEnabled(true);
        m_save->setEnabled(true);
    } else {
        const Error error = m_outcome
                                ? m_outcome->error()
                                : Error{tr("The integrity check ended without a result. Run it again."), {}};
        m_status->hide();
        if (m_stopRequested) {
            showSummary(error.message, Grey);
        } else {
            showSummary(error.message, Red);
            showError(this, windowTitle(), error);
        }
    }
    emit checkFinished();
}

void IntegrityDialog::showSummary(const QString &text, const QString &colour)
{
    m_summary->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(colour));
    m_summary->setText(text);
}

void IntegrityDialog::reject()
{
    // Closing while the check runs stops it; the destructor waits for the file being read.
    m_stopRequested = true;
    QDialog::reject();
}

void IntegrityDialog::copyReport()
{
    QGuiApplication::clipboard()->setText(m_reportText);
}

void IntegrityDialog::saveReport()
{
    const QString name = tr("integrity-report-%1.txt")
                             .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the integrity report"),
                                                      QDir(folder).filePath(name), tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    if (const Status saved = saveReportTo(path); !saved)
        showError(this, tr("Save report"), saved.error());
}

Status IntegrityDialog::saveReportTo(const QString &path) const
{
    return SavedCopy::write(path, m_reportText.toUtf8());
}

} // namespace xj
