// SPDX-License-Identifier: GPL-3.0-or-later
#include "lifecycle/FeedbackDialog.h"

#include "common/ErrorDialog.h"
#include "lifecycle/FindingLifecycle.h"

#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace xj {

FeedbackDialog::FeedbackDialog(const Database &database, const QString &dataDirectory, const Finding &finding,
                               const QString &actor, QWidget *parent)
    : QDialog(parent)
    , m_db(database)
    , m_dataDirectory(dataDirectory)
    , m_finding(finding)
    , m_actor(actor)
    , m_receivedOn(new QDateEdit(QDate::currentDate(), this))
    , m_body(new QPlainTextEdit(this))
    , m_files(new QListWidget(this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    setObjectName(QStringLiteral("feedbackDialog"));
    setWindowTitle(tr("Record feedback"));
    auto *about = new QLabel(tr("Finding: %1").arg(finding.description.left(120)), this);
    about->setWordWrap(true);
    m_receivedOn->setObjectName(QStringLiteral("feedbackReceivedOn"));
    m_receivedOn->setCalendarPopup(true);
    m_receivedOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_body->setObjectName(QStringLiteral("feedbackBody"));
    m_body->setPlaceholderText(tr("What the unit says it has put right, and how"));
    m_files->setObjectName(QStringLiteral("feedbackAttachments"));
    m_files->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_files->setToolTip(tr("Files the unit sent: screenshots, the rectification report (at most %1 MB each)")
                            .arg(FindingLifecycle::MaxAttachmentBytes / (1024 * 1024)));
    auto *add = new QPushButton(tr("Add files…"), this);
    add->setObjectName(QStringLiteral("feedbackAddFilesButton"));
    m_remove->setObjectName(QStringLiteral("feedbackRemoveFileButton"));
    m_remove->setEnabled(false);

    auto *fileButtons = new QVBoxLayout;
    fileButtons->addWidget(add);
    fileButtons->addWidget(m_remove);
    fileButtons->addStretch();
    auto *files = new QHBoxLayout;
    files->addWidget(m_files, 1);
    files->addLayout(fileButtons);
    auto *form = new QFormLayout;
    form->addRow(tr("Received on"), m_receivedOn);
    form->addRow(tr("Answer"), m_body);
    form->addRow(tr("Attachments"), files);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("feedbackButtons"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, 420);

    connect(add, &QPushButton::clicked, this, &FeedbackDialog::chooseFiles);
    connect(m_remove, &QPushButton::clicked, this, &FeedbackDialog::removeSelected);
    connect(m_files, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_files->selectedItems().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &FeedbackDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_body->setFocus();
}

void FeedbackDialog::chooseFiles()
{
    addAttachments(QFileDialog::getOpenFileNames(this, tr("Files sent by the unit")));
}

void FeedbackDialog::addAttachments(const QStringList &paths)
{
    QStringList present = attachments();
    for (const QString &path : paths) {
        if (path.isEmpty() || present.contains(path))
            continue;
        present.append(path);
        auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_files);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
}

QStringList FeedbackDialog::attachments() const
{
    QStringList paths;
    for (int row = 0; row < m_files->count(); ++row)
        paths << m_files->item(row)->data(Qt::UserRole).toString();
    return paths;
}

void FeedbackDialog::removeSelected()
{
    qDeleteAll(m_files->selectedItems());
}

void FeedbackDialog::save()
{
    FeedbackRecord record;
    record.findingId = m_finding.id;
    record.receivedOn = m_receivedOn->date();
    record.body = m_body->toPlainText().trimmed();
    record.attachmentPaths = attachments();
    record.actor = m_actor;
    // Copying a few files of up to 50 MB takes a moment, not long enough for a progress dialog.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto saved = FindingLifecycle(m_db, m_dataDirectory).recordFeedback(record);
    QApplication::restoreOverrideCursor();
    if (!saved) {
        showError(this, tr("Record feedback"), saved.error());
        return;
    }
    m_feedbackId = saved.value();
    accept();
}

} // namespace xj
