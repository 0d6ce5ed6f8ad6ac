// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportPreviewDialog.h"

#include "common/ErrorDialog.h"
#include "report/BackgroundTask.h"
#include "report/ExportPlanner.h"
#include "report/ExportRunner.h"
#include "report/NoticeFieldsEditor.h"
#include "report/NoticeSites.h"
#include "report/ReportPageView.h"
#include "report/pdf/ReportPagePainter.h"
#include "report/pdf/ReportPageRenderer.h"
#include "settings/UiSettings.h"
#include "storage/NoticeRepository.h"
#include "storage/RoundRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace xj {

namespace {
constexpr int SiteNameRole = Qt::UserRole + 1;
} // namespace

ReportPreviewDialog::ReportPreviewDialog(const Database &database, const QString &dataDirectory,
                                         const QString &iniPath, qint64 roundId, ExportKind kind,
                                         qint64 siteId, QWidget *parent)
    : QDialog(parent)
    , m_db(database)
    , m_dataDirectory(dataDirectory)
    , m_iniPath(iniPath)
    , m_roundId(roundId)
    , m_kind(kind)
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_zoom(new QComboBox(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_pageCount(new QLabel(this))
    , m_exportPdf(new QPushButton(tr("Export PDF…"), this))
    , m_exportWord(new QPushButton(tr("Export Word…"), this))
    , m_status(new QLabel(this))
    , m_pages(new ReportPageView(this))
    , m_renderer(new BackgroundTask(this))
    , m_writer(new BackgroundTask(this))
{
    setObjectName(QStringLiteral("reportPreviewDialog"));
    if (auto round = RoundRepository(database).get(roundId))
        m_roundName = round.value().name;
    setWindowTitle(kind == ExportKind::Notices ? tr("Rectification notice — %1").arg(m_roundName)
                                               : tr("Round report — %1").arg(m_roundName));
    m_date->setObjectName(QStringLiteral("previewDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setToolTip(tr("The date the document would carry if it were exported now. An issued notice keeps "
                          "its own date; change that on the right."));
    m_zoom->setObjectName(QStringLiteral("previewZoomCombo"));
    m_zoom->addItem(tr("Fit width"), 0.0);
    for (int percent : {50, 75, 100})
        m_zoom->addItem(tr("%1 %").arg(percent), percent / 100.0);
    m_refresh->setObjectName(QStringLiteral("refreshPreviewButton"));
    m_refresh->setToolTip(tr("Reads the findings again, after you edited them."));
    m_pageCount->setObjectName(QStringLiteral("previewPageCount"));
    m_exportPdf->setObjectName(QStringLiteral("previewExportPdfButton"));
    m_exportWord->setObjectName(QStringLiteral("previewExportWordButton"));
    m_status->setObjectName(QStringLiteral("previewStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bar = new QHBoxLayout;
    if (kind == ExportKind::Notices) {
        m_site = new QComboBox(this);
        m_site->setObjectName(QStringLiteral("previewSiteCombo"));
        m_site->setMinimumContentsLength(16);
        m_site->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        bar->addWidget(new QLabel(tr("Site:"), this));
        bar->addWidget(m_site, 1);
    }
    bar->addWidget(new QLabel(tr("Date:"), this));
    bar->addWidget(m_date);
    bar->addWidget(new QLabel(tr("Zoom:"), this));
    bar->addWidget(m_zoom);
    bar->addWidget(m_refresh);
    bar->addStretch(1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("previewSplitter"));
    splitter->addWidget(m_pages);
    if (kind == ExportKind::Notices) {
        m_fields = new NoticeFieldsEditor(database, dataDirectory, this);
        splitter->addWidget(m_fields);
        splitter->setStretchFactor(0, 3);
        splitter->setStretchFactor(1, 1);
        splitter->setSizes({760, 320});
        connect(m_fields, &NoticeFieldsEditor::saved, this, &ReportPreviewDialog::redraw);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("previewButtons"));
    // What to do with the pages sits under them, with the page count: the way a print preview is read.
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_pageCount);
    bottom->addSpacing(12);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_exportPdf);
    bottom->addWidget(m_exportWord);
    bottom->addSpacing(12);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_refresh, &QPushButton::clicked, this, &ReportPreviewDialog::refresh);
    connect(m_date, &QDateEdit::dateChanged, this, &ReportPreviewDialog::redraw);
    connect(m_zoom, &QComboBox::currentIndexChanged, this,
            [this] { m_pages->setZoom(m_zoom->currentData().toDouble()); });
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { exportDocument(ReportFormat::Pdf); });
    connect(m_exportWord, &QPushButton::clicked, this, [this] { exportDocument(ReportFormat::Docx); });
    if (m_site) {
        loadSites();
        const int index = m_site->findData(siteId);
        m_site->setCurrentIndex(index >= 0 ? index : 0);
        connect(m_site, &QComboBox::currentIndexChanged, this, &ReportPreviewDialog::redraw);
    }
    resize(kind == ExportKind::Notices ? QSize(1120, 820) : QSize(860, 820));
    m_pages->setFocus();
    redraw();
}

ReportPreviewDialog::~ReportPreviewDialog() = default;

qint64 ReportPreviewDialog::currentSiteId() const
{
    return m_site ? m_site->currentData().toLongLong() : 0;
}

void ReportPreviewDialog::loadSites()
{
    const qint64 current = currentSiteId();
    const QSignalBlocker blocker(m_site);
    m_site->clear();
    auto sites = noticeSites(m_db, m_dataDirectory, m_roundId);
    if (!sites) {
        m_status->setText(sites.error().message);
        return;
    }
    for (const NoticeSite &site : sites.value()) {
        m_site->addItem(tr("%1 (%n problem(s))", nullptr, site.problems).arg(site.name), site.id);
        m_site->setItemData(m_site->count() - 1, site.name, SiteNameRole);
    }
    const int index = m_site->findData(current);
    m_site->setCurrentIndex(index >= 0 ? index : 0);
}

Result<ReportDocument> ReportPreviewDialog::buildDocument()
{
    const QDate date = m_date->date();
    if (m_kind != ExportKind::Notices) {
        m_charts = m_chartSource ? m_chartSource() : QList<ReportChart>();
        return ExportPlanner::previewReport(m_db, m_dataDirectory, m_roundId, date, m_charts);
    }
    const qint64 siteId = currentSiteId();
    if (siteId == 0)
        return Error{
            tr("No site of this round has problems to rectify, so there is no notice to show. Confirm "
               "the findings first."),
            {}};
    auto document = ExportPlanner::previewNotice(m_db, m_dataDirectory, m_roundId, siteId, date);
    if (!document)
        return document;
    // The fields beside the pages: the stored notice, or the number an export would give it.
    NoticeRepository notices(m_db);
    auto settings = notices.settings();
    auto issued = notices.find(m_roundId, siteId);
    if (!settings || !issued)
        return settings ? issued.error() : settings.error();
    m_nextNumber.clear();
    if (!issued.value()) {
        auto due = ExportPlanner::deadline(m_dataDirectory, date, settings.value().workingDays);
        auto next = notices.preview(m_roundId, siteId, date, settings.value(), due ? due.value() : date);
        if (next)
            m_nextNumber = next.value().number;
    }
    m_fields->showNotice(issued.value(), m_nextNumber, settings.value().requirements);
    // An issued notice keeps its own date, edited beside the pages; this one would only mislead.
    m_date->setEnabled(!issued.value().has_value());
    return document;
}

void ReportPreviewDialog::setChartSource(std::function<QList<ReportChart>()> source)
{
    m_chartSource = std::move(source);
    refresh();
}

void ReportPreviewDialog::refresh()
{
    if (m_site)
        loadSites();
    redraw();
}

void ReportPreviewDialog::redraw()
{
    auto style = DocumentStyle::load(m_dataDirectory);
    Result<ReportDocument> document = style ? buildDocument() : Result<ReportDocument>(style.error());
    if (!document) {
        m_renderer->cancel();
        m_pages->setPages({});
        m_pages->setMessage(document.error().message);
        m_pageCount->clear();
        m_exportPdf->setEnabled(false);
        m_exportWord->setEnabled(false);
        setBusy(false);
        return;
    }
    m_style = style.value();
    m_exportPdf->setEnabled(true);
    m_exportWord->setEnabled(true);
    render(document.value());
}

void ReportPreviewDialog::render(const ReportDocument &document)
{
    setBusy(true);
    if (m_pages->pageCount() == 0)
        m_pages->setMessage(tr("Laying out the pages…"));
    // Fonts are looked up here once, so the worker's copy of the style only reads its cache.
    for (const QString &id : m_style.fontClassIds())
        m_style.resolvedFamily(id);
    const DocumentStyle style = m_style;
    const double scale = m_pages->renderScale();
    m_renderer->start(
        [this, document, style, scale](const std::atomic_bool &cancel) -> BackgroundTask::Deliver {
            const ReportPagePainter painter(document, style);
            QList<QImage> images;
            for (int i = 0; i < painter.pageCount(); ++i) {
                if (cancel.load())
                    return {};
                images.append(ReportPageRenderer::renderPage(painter, i, scale));
            }
            return [this, images] {
                setBusy(false);
                m_pages->setMessage(QString());
                m_pages->setPages(images);
                m_pageCount->setText(tr("%n page(s)", nullptr, int(images.size())));
                emit pagesShown(int(images.size()));
            };
        });
}

void ReportPreviewDialog::setBusy(bool busy)
{
    if (busy)
        m_pages->viewport()->setCursor(Qt::BusyCursor);
    else
        m_pages->viewport()->unsetCursor();
}

QString ReportPreviewDialog::suggestedFileName(ReportFormat format) const
{
    // The names a batch export gives, so a single file sits well beside the others.
    const QString base = m_kind == ExportKind::Notices
                             ? QStringLiteral("整改通知书_%1_%2")
                                   .arg(m_fields->number().isEmpty() ? m_nextNumber : m_fields->number(),
                                        m_site->currentData(SiteNameRole).toString())
                             : QStringLiteral("检查情况通报_") + m_roundName;
    return ExportPlanner::safeFileName(base) + QLatin1Char('.') + ReportFormats.code(format);
}

bool ReportPreviewDialog::exportDocument(ReportFormat format, const QString &path)
{
    if (m_writer->isRunning())
        return false;
    QString target = path;
    if (target.isEmpty()) {
        UiSettings settings(m_iniPath);
        const QString filter =
            format == ReportFormat::Pdf ? tr("PDF documents (*.pdf)") : tr("Word documents (*.docx)");
        target = QFileDialog::getSaveFileName(
            this, format == ReportFormat::Pdf ? tr("Export PDF") : tr("Export Word"),
            QDir(settings.lastExportFolder()).filePath(suggestedFileName(format)), filter);
        if (target.isEmpty())
            return false;
        settings.setLastExportFolder(QFileInfo(target).absolutePath());
    }
    // The export's own planning, so a notice is numbered (issued) exactly as in a batch export and
    // the document is the one the batch would write.
    ExportRequest request;
    request.roundId = m_roundId;
    request.kind = m_kind;
    request.format = format;
    request.folder = QFileInfo(target).absolutePath();
    request.issuedOn = m_date->date();
    request.zip = false;
    request.charts = m_charts;
    if (m_kind == ExportKind::Notices)
        request.siteIds = {currentSiteId()};
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto plan = ExportPlanner::plan(m_db, m_dataDirectory, request);
    QApplication::restoreOverrideCursor();
    if (!plan || plan.value().documents.isEmpty()) {
        const Error error = plan ? Error{tr("There is nothing to export."), {}} : plan.error();
        showError(this, tr("Export"), error);
        emit documentExported(QString(), error.message);
        return false;
    }
    if (m_kind == ExportKind::Notices)
        redraw(); // the notice is issued now: show its number and fields
    const ReportDocument document = plan.value().documents.first().document;
    const DocumentStyle style = plan.value().style;
    for (const QString &id : style.fontClassIds())
        style.resolvedFamily(id); // looked up here, so the writer's thread only reads the cache
    m_exportPdf->setEnabled(false);
    m_exportWord->setEnabled(false);
    m_status->setText(tr("Writing %1…").arg(QDir::toNativeSeparators(target)));
    m_writer->start(
        [this, document, style, format, target](const std::atomic_bool &) -> BackgroundTask::Deliver {
            const Status written = ExportRunner::writeDocument(document, style, format, target);
            return [this, written, target] {
                m_exportPdf->setEnabled(true);
                m_exportWord->setEnabled(true);
                if (!written) {
                    m_status->clear();
                    showError(this, tr("Export"), written.error());
                    emit documentExported(QString(), written.error().message);
                    return;
                }
                m_status->setText(tr("Saved as %1").arg(QDir::toNativeSeparators(target)));
                emit documentExported(target, QString());
            };
        });
    return true;
}

} // namespace xj
