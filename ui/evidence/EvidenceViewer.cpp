// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence/EvidenceViewer.h"

#include "common/ErrorDialog.h"
#include "evidence/ArchivePage.h"
#include "evidence/EvidenceFile.h"
#include "evidence/EvidenceInfoLabel.h"
#include "evidence/EvidenceListModel.h"
#include "evidence/ImageZoomView.h"
#include "evidence/SavedCopy.h"
#include "storage/EvidenceRepository.h"
#include "storage/FindingRepository.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWebEngineView>

namespace xj {

EvidenceViewer::EvidenceViewer(const Database &database, const QString &dataDirectory, qint64 findingId,
                               QWebEngineProfile *profile, QWidget *parent)
    : EvidenceViewer(database, dataDirectory, Owner::Finding, findingId, profile, parent)
{}

EvidenceViewer *EvidenceViewer::forAccountRecord(const Database &database, const QString &dataDirectory,
                                                 qint64 accountRecordId, QWebEngineProfile *profile,
                                                 QWidget *parent)
{
    return new EvidenceViewer(database, dataDirectory, Owner::AccountRecord, accountRecordId, profile,
                              parent);
}

EvidenceViewer::EvidenceViewer(const Database &database, const QString &dataDirectory, Owner owner,
                               qint64 ownerId, QWebEngineProfile *profile, QWidget *parent)
    : QDialog(parent)
    , m_db(database)
    , m_dataDirectory(dataDirectory)
    , m_profile(profile)
    , m_model(new EvidenceListModel(dataDirectory, this))
    , m_list(new QListView(this))
    , m_image(new ImageZoomView(this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_zoomLevel(new QLabel(this))
    , m_showOriginal(new QCheckBox(tr("Show original"), this))
    , m_info(new EvidenceInfoLabel(this))
    , m_saveCopy(new QPushButton(tr("Save a copy…"), this))
{
    setObjectName(QStringLiteral("evidenceViewer"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);

    m_list->setObjectName(QStringLiteral("evidenceList"));
    m_list->setModel(m_model);
    m_list->setViewMode(QListView::IconMode);
    m_list->setFlow(QListView::TopToBottom);
    m_list->setWrapping(false);
    m_list->setMovement(QListView::Static);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setWordWrap(true);
    m_list->setIconSize(EvidenceListModel::ThumbnailSize);
    m_list->setGridSize(EvidenceListModel::ThumbnailSize + QSize(32, 3 * fontMetrics().height() + 12));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setFixedWidth(m_list->gridSize().width() + 2 * m_list->frameWidth() + 20);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("evidenceSplitter"));
    splitter->addWidget(m_list);
    splitter->addWidget(createContentPane());
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(1, false);

    m_saveCopy->setObjectName(QStringLiteral("saveEvidenceCopy"));
    m_saveCopy->setToolTip(tr("Save the selected file, exactly as it was recorded, somewhere else"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_saveCopy, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saveCopy, &QPushButton::clicked, this, &EvidenceViewer::saveCopy);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    // Left/Right page through the files wherever the focus is, as in a picture viewer.
    auto *previous = new QShortcut(QKeySequence(Qt::Key_Left), this);
    connect(previous, &QShortcut::activated, this, [this] { moveSelection(-1); });
    auto *next = new QShortcut(QKeySequence(Qt::Key_Right), this);
    connect(next, &QShortcut::activated, this, [this] { moveSelection(+1); });

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        m_showOriginal->setChecked(false); // each file opens as it is listed
        showCurrent();
    });
    connect(m_showOriginal, &QCheckBox::toggled, this, &EvidenceViewer::showCurrent);

    loadEvidence(owner, ownerId);
    resize(1100, 720);
}

QWidget *EvidenceViewer::createContentPane()
{
    auto *pane = new QWidget(this);
    auto *tools = new QToolBar(pane);
    tools->setObjectName(QStringLiteral("evidenceTools"));
    tools->setIconSize(QSize(16, 16));
    tools->addActions(m_image->zoomActions());
    m_zoomLevel->setObjectName(QStringLiteral("zoomLevel"));
    m_zoomLevel->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000 %")));
    m_zoomLevel->setAlignment(Qt::AlignCenter);
    tools->addWidget(m_zoomLevel);
    tools->addSeparator();
    m_showOriginal->setObjectName(QStringLiteral("showOriginal"));
    m_showOriginal->setToolTip(tr("Show the untouched screenshot this annotated copy was drawn on"));
    // A widget in a tool bar is shown and hidden through its action.
    m_showOriginalAction = tools->addWidget(m_showOriginal);
    connect(m_image, &ImageZoomView::zoomChanged, this, &EvidenceViewer::showZoomLevel);

    m_warning->setObjectName(QStringLiteral("evidenceWarning"));
    m_warning->setWordWrap(true);
    m_warning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warning->setStyleSheet(QStringLiteral("QLabel { color: #b00020; background: #fdecee; "
                                            "border: 1px solid #b00020; padding: 6px; }"));
    m_warning->hide();

    m_image->setObjectName(QStringLiteral("evidenceImage"));
    m_placeholder->setObjectName(QStringLiteral("evidencePlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_stack->setObjectName(QStringLiteral("evidenceStack"));
    m_stack->insertWidget(ImagePage, m_image);
    m_stack->insertWidget(ArchivePageIndex, new QWidget(m_stack)); // the web view comes when needed
    m_stack->insertWidget(EmptyPage, m_placeholder);

    m_info->setObjectName(QStringLiteral("evidenceInfo"));

    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tools);
    layout->addWidget(m_warning);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_info);
    return pane;
}

void EvidenceViewer::loadEvidence(Owner owner, qint64 ownerId)
{
    const EvidenceRepository repository(m_db);
    auto evidence =
        owner == Owner::Finding ? repository.forFinding(ownerId) : repository.forAccountRecord(ownerId);
    if (owner == Owner::Finding) {
        auto finding = FindingRepository(m_db).get(ownerId);
        const QString what =
            finding ? fontMetrics().elidedText(finding.value().description.simplified(), Qt::ElideRight, 480)
                    : QString();
        setWindowTitle(what.isEmpty() ? tr("Evidence") : tr("Evidence: %1").arg(what));
    } else {
        setWindowTitle(tr("Evidence of the new-media account"));
    }
    if (!evidence) {
        // Shown in place rather than in a message box: the viewer is still being built.
        showCurrent();
        showWarning(tr("The evidence list could not be loaded"), evidence.error().message, QString());
        return;
    }
    m_model->setEvidence(evidence.value());
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, 0));
    else
        showCurrent();
}

int EvidenceViewer::fileCount() const
{
    return m_model->rowCount();
}

bool EvidenceViewer::selectEvidence(qint64 evidenceId)
{
    const int row = m_model->rowOf(evidenceId);
    if (row < 0)
        return false;
    m_list->setCurrentIndex(m_model->index(row, 0));
    // Asked for the original by its id: show that one, not the copy drawn on it.
    const Evidence &listed = m_model->evidenceAt(row);
    m_showOriginal->setChecked(listed.id != evidenceId);
    return true;
}

const Evidence *EvidenceViewer::currentEvidence() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? &m_model->evidenceAt(current.row()) : nullptr;
}

const Evidence *EvidenceViewer::shownEvidence() const
{
    const Evidence *listed = currentEvidence();
    if (!listed)
        return nullptr;
    const Evidence *original = m_model->originalOf(*listed);
    return original && m_showOriginal->isChecked() ? original : listed;
}

void EvidenceViewer::showCurrent()
{
    const Evidence *listed = currentEvidence();
    m_showOriginalAction->setVisible(listed && m_model->originalOf(*listed) != nullptr);
    const Evidence *shown = shownEvidence();
    m_saveCopy->setEnabled(false);
    m_info->setVisible(shown != nullptr);
    if (shown) {
        m_info->setEvidence(*shown);
        showFile(*shown);
    } else {
        m_image->clear();
        m_placeholder->setText(tr("No evidence has been recorded here yet."));
        m_stack->setCurrentIndex(EmptyPage);
    }
    showZoomLevel();
}

void EvidenceViewer::showFile(const Evidence &evidence)
{
    const EvidenceFile file = EvidenceFile::read(m_dataDirectory, evidence);
    if (!file.isIntact()) {
        m_image->clear();
        showWarning(file.warningTitle(), file.error().message,
                    tr("The file is not shown: it cannot be trusted as evidence."));
        return;
    }
    m_warning->hide();
    m_saveCopy->setEnabled(true);
    if (!evidence.isImage()) {
        m_image->clear();
        showArchive(file.path());
        return;
    }
    // Same-sized pictures keep zoom and scroll position, so an annotated copy and its original
    // can be compared by toggling between them.
    const QImage image = QImage::fromData(file.bytes());
    m_image->setImage(image);
    if (image.isNull()) {
        showWarning(tr("This picture cannot be displayed"),
                    tr("Its bytes are intact but are not an image this program can read. Save a copy and "
                       "open it with another program."),
                    QString());
        return;
    }
    m_stack->setCurrentIndex(ImagePage);
}

void EvidenceViewer::showZoomLevel()
{
    m_zoomLevel->setText(m_image->image().isNull() ? QString()
                                                   : tr("%1 %").arg(qRound(m_image->zoom() * 100)));
}

void EvidenceViewer::showWarning(const QString &title, const QString &explanation, const QString &placeholder)
{
    m_warning->setText(
        QStringLiteral("<b>%1</b><br>%2").arg(title.toHtmlEscaped(), explanation.toHtmlEscaped()));
    m_warning->show();
    m_placeholder->setText(placeholder);
    m_stack->setCurrentIndex(EmptyPage);
}

QWebEngineView *EvidenceViewer::archiveView()
{
    // Created on first use: starting the web engine costs a second that pictures do not need.
    if (!m_archiveView) {
        m_archiveView = new QWebEngineView(m_stack);
        m_archiveView->setObjectName(QStringLiteral("archiveView"));
        m_archivePage = new ArchivePage(m_profile, m_archiveView);
        m_archiveView->setPage(m_archivePage);
        QWidget *placeholder = m_stack->widget(ArchivePageIndex);
        m_stack->insertWidget(ArchivePageIndex, m_archiveView);
        m_stack->removeWidget(placeholder);
        placeholder->deleteLater();
    }
    return m_archiveView;
}

void EvidenceViewer::showArchive(const QString &path)
{
    archiveView();
    m_archivePage->openArchive(path);
    m_stack->setCurrentIndex(ArchivePageIndex);
}

void EvidenceViewer::moveSelection(int delta)
{
    const int row = m_list->currentIndex().row() + delta;
    if (row >= 0 && row < m_model->rowCount())
        m_list->setCurrentIndex(m_model->index(row, 0));
}

void EvidenceViewer::saveCopy()
{
    const Evidence *shown = shownEvidence();
    if (!shown)
        return;
    const QString name = tr("evidence-%1-%2.%3")
                             .arg(shown->id)
                             .arg(shown->capturedAt.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss")),
                                  shown->fileSuffix);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save a copy of the evidence"), QDir(folder).filePath(name),
        tr("%1 file (*.%2)").arg(shown->fileSuffix.toUpper(), shown->fileSuffix));
    if (path.isEmpty())
        return;
    if (const Status saved = saveCopyTo(path); !saved)
        showError(this, tr("Save a copy"), saved.error());
}

Status EvidenceViewer::saveCopyTo(const QString &path) const
{
    const Evidence *shown = shownEvidence();
    if (!shown)
        return Error{tr("No evidence file is selected. Select one in the list first."), {}};
    const EvidenceFile file = EvidenceFile::read(m_dataDirectory, *shown);
    if (!file.isIntact())
        return Error{tr("No copy was saved: %1.").arg(file.warningTitle()), file.error().fullText()};
    return SavedCopy::write(path, file.bytes());
}

} // namespace xj
