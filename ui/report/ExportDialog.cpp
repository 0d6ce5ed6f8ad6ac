// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ExportDialog.h"

#include "common/ErrorDialog.h"
#include "report/ExportPlanner.h"
#include "report/ExportRun.h"
#include "report/NoticeSites.h"
#include "settings/UiSettings.h"
#include "storage/RoundRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace xj {

namespace {

QString titleFor(ExportKind kind)
{
    switch (kind) {
    case ExportKind::Notices:
        return ExportDialog::tr("Export rectification notices");
    case ExportKind::Problems:
        return ExportDialog::tr("Export problem list");
    case ExportKind::Public:
        return ExportDialog::tr("Export public results");
    case ExportKind::Report:
        break;
    }
    return ExportDialog::tr("Export round report");
}

} // namespace

ExportDialog::ExportDialog(const Database &database, const QString &dataDirectory, const QString &iniPath,
                           qint64 roundId, ExportKind kind, QWidget *parent)
    : QDialog(parent)
    , m_db(database)
    , m_dataDirectory(dataDirectory)
    , m_iniPath(iniPath)
    , m_roundId(roundId)
    , m_kind(kind)
    , m_format(new QComboBox(this))
    , m_folder(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Browse…"), this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_run(new ExportRun(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(titleFor(kind));
    m_format->setObjectName(QStringLiteral("exportFormatCombo"));
    for (ReportFormat f : ReportFormats.values()) {
        if (ExportRequest::formatFits(kind, f))
            m_format->addItem(ReportFormats.label(f), int(f));
    }
    // Public results go on the portal as a web page first; the workbook is the alternative.
    if (kind == ExportKind::Public)
        m_format->setCurrentIndex(qMax(0, m_format->findData(int(ReportFormat::Html))));
    m_folder->setObjectName(QStringLiteral("exportFolderEdit"));
    m_folder->setText(QDir::toNativeSeparators(UiSettings(iniPath).lastExportFolder()));
    m_folder->setMinimumWidth(320);
    m_browse->setObjectName(QStringLiteral("exportBrowseButton"));
    m_date->setObjectName(QStringLiteral("exportDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_status->setObjectName(QStringLiteral("exportStatusLabel"));
    m_status->setWordWrap(true);
    m_status->hide();
    m_buttons->setObjectName(QStringLiteral("exportButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));

    auto *round = new QLabel(this);
    round->setObjectName(QStringLiteral("exportRoundLabel"));
    if (auto r = RoundRepository(database).get(roundId))
        round->setText(r.value().name);

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Inspection round:"), round);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Save in folder:"), folderRow);
    if (kind == ExportKind::Problems) {
        m_date->hide();
        m_sheetPerSite = new QCheckBox(tr("One sheet per site"), this);
        m_sheetPerSite->setObjectName(QStringLiteral("exportSheetPerSiteCheck"));
        m_sheetPerSite->setChecked(true);
        m_sheetPerSite->setToolTip(tr("Excel only: a sheet for each site, or all problems on one sheet."));
        form->addRow(QString(), m_sheetPerSite);
    } else {
        form->addRow(kind == ExportKind::Notices  ? tr("Notice date:")
                     : kind == ExportKind::Public ? tr("Publication date:")
                                                  : tr("Report date:"),
                     m_date);
        if (kind == ExportKind::Notices)
            m_date->setToolTip(
                tr("The date printed on the document; the deadline counts working days from it. "
                   "A notice issued before keeps its own date."));
        else
            m_date->setToolTip(tr("The date printed on the document."));
    }
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    if (kind == ExportKind::Notices) {
        m_zip = new QCheckBox(tr("Also pack them into a zip"), this);
        m_zip->setObjectName(QStringLiteral("exportZipCheck"));
        m_zip->setChecked(true);
        form->addRow(QString(), m_zip);
        buildNoticeSites();
        layout->addWidget(new QLabel(tr("Sites that get a notice (their problems to rectify):"), this));
        layout->addWidget(m_sites, 1);
    }
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateState);
    connect(m_folder, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_run, &ExportRun::succeeded, this, &ExportDialog::showDone);
    connect(m_run, &ExportRun::failed, this, [this](const Error &error) {
        updateState();
        showError(this, windowTitle(), error);
    });
    connect(m_run, &ExportRun::cancelled, this, [this] {
        updateState();
        m_status->setText(tr("The export was cancelled. No files were kept."));
        m_status->show();
    });
    updateState();
    resize(kind == ExportKind::Notices ? QSize(580, 480) : QSize(560, sizeHint().height()));
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::buildNoticeSites()
{
    m_sites = new QListWidget(this);
    m_sites->setObjectName(QStringLiteral("exportSiteList"));
    auto sites = noticeSites(m_db, m_dataDirectory, m_roundId);
    if (!sites) {
        m_status->setText(sites.error().message);
        m_status->show();
        return;
    }
    for (const NoticeSite &site : sites.value()) {
        auto *item =
            new QListWidgetItem(tr("%1 — %n problem(s)", nullptr, site.problems).arg(site.name), m_sites);
        item->setData(Qt::UserRole, site.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    if (m_sites->count() == 0) {
        m_status->setText(
            tr("No site of this round has problems to rectify, so there is no notice to export. "
               "Confirm the findings first."));
        m_status->show();
    }
    connect(m_sites, &QListWidget::itemChanged, this, &ExportDialog::updateState);
}

void ExportDialog::browse()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Save the export in"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void ExportDialog::updateState()
{
    const bool running = m_run->isRunning();
    const ExportRequest r = request();
    bool ready = !running && !r.folder.isEmpty();
    if (m_sites) {
        bool anyChecked = false;
        for (int i = 0; i < m_sites->count(); ++i)
            anyChecked = anyChecked || m_sites->item(i)->checkState() == Qt::Checked;
        ready = ready && anyChecked;
    }
    // While the files are written the form stays as it was asked for; the progress has the Cancel.
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_format, m_folder, m_browse, m_date, m_zip, m_sites}) {
        if (w)
            w->setEnabled(!running);
    }
    if (m_sheetPerSite)
        m_sheetPerSite->setEnabled(!running && r.format == ReportFormat::Xlsx);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!running);
}

ExportRequest ExportDialog::request() const
{
    ExportRequest r;
    r.roundId = m_roundId;
    r.kind = m_kind;
    r.format = ReportFormat(m_format->currentData().toInt());
    r.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    r.issuedOn = m_date->date();
    r.zip = m_zip && m_zip->isChecked();
    r.sheetPerSite = !m_sheetPerSite || m_sheetPerSite->isChecked();
    if (m_sites) {
        QSet<qint64> chosen;
        for (int i = 0; i < m_sites->count(); ++i) {
            if (m_sites->item(i)->checkState() == Qt::Checked)
                chosen.insert(m_sites->item(i)->data(Qt::UserRole).toLongLong());
        }
        // Every site ticked: leave the choice to the planner, which then covers the whole round.
        if (chosen.size() < m_sites->count())
            r.siteIds = chosen;
    }
    return r;
}

void ExportDialog::startExport()
{
    if (m_run->isRunning())
        return;
    ExportRequest r = request();
    if (m_chartSource && r.kind == ExportKind::Report)
        r.charts = m_chartSource();
    if (!QDir(r.folder).isAbsolute())
        return showError(
            this, windowTitle(),
            Error{tr("Choose the folder to save the export in (a full path, such as one picked with "
                     "Browse…)."),
                  {}});
    m_status->hide();
    // Planning reads the database and numbers the notices, so it stays on this thread; it is quick
    // next to the writing, which goes to a worker.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto plan = ExportPlanner::plan(m_db, m_dataDirectory, r);
    QApplication::restoreOverrideCursor();
    if (!plan)
        return showError(this, windowTitle(), plan.error());
    UiSettings(m_iniPath).setLastExportFolder(r.folder);
    m_run->start(plan.value());
    updateState();
}

void ExportDialog::reject()
{
    // The progress dialog has the Cancel for a running export; closing this one must not orphan it.
    if (!m_run->isRunning())
        QDialog::reject();
}

void ExportDialog::showDone(const ExportOutcome &outcome)
{
    updateState();
    const QString folder = QDir::toNativeSeparators(request().folder);
    QString text =
        tr("%n file(s) exported to the folder\n%1", nullptr, int(outcome.files.size())).arg(folder);
    if (!outcome.zipPath.isEmpty())
        text += QStringLiteral("\n\n") +
                tr("They are also packed together in %1.").arg(QFileInfo(outcome.zipPath).fileName());
    // Shown without blocking, over the window the dialog came from, which stays usable meanwhile.
    auto *box =
        new QMessageBox(QMessageBox::Information, windowTitle(), text, QMessageBox::Close, parentWidget());
    box->setObjectName(QStringLiteral("exportDoneMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *open = box->addButton(tr("Open folder"), QMessageBox::ActionRole);
    open->setObjectName(QStringLiteral("openExportFolderButton"));
    const QString path = request().folder;
    connect(open, &QPushButton::clicked, box,
            [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); });
    box->setDetailedText(outcome.files.join(QLatin1Char('\n')));
    emit exported(outcome);
    accept();
    box->open();
}

} // namespace xj
