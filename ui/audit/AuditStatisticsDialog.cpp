// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditStatisticsDialog.h"

#include "audit/AuditAgreementModel.h"
#include "audit/AuditStatisticsXlsxWriter.h"
#include "audit/AuditUnmatchedModel.h"
#include "common/ErrorDialog.h"
#include "core/DataDirectory.h"
#include "settings/UiSettings.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace xj {

AuditStatisticsDialog::AuditStatisticsDialog(const Database &database, const QString &dataFolder,
                                             qint64 roundId, QWidget *parent)
    : QDialog(parent)
    , m_db(database)
    , m_iniPath(DataDirectory(dataFolder).uiStatePath())
    , m_roundId(roundId)
    , m_perTeam(new AuditAgreementModel(this))
    , m_perItem(new AuditAgreementModel(this))
    , m_unmatched(new AuditUnmatchedModel(this))
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_export(new QPushButton(tr("Export to Excel…"), this))
{
    setObjectName(QStringLiteral("auditStatisticsDialog"));
    setWindowTitle(tr("Agreement statistics"));
    m_summary->setObjectName(QStringLiteral("statisticsSummary"));
    m_summary->setWordWrap(true);
    m_export->setObjectName(QStringLiteral("exportStatisticsXlsx"));
    addTable(m_perTeam, "statisticsPerTeam", tr("By team"))->hideColumn(AuditAgreementModel::ItemColumn);
    addTable(m_perItem, "statisticsPerItem", tr("By item"));
    addTable(m_unmatched, "statisticsUnmatched", tr("Seen by one side"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &AuditStatisticsDialog::exportWorkbook);
    resize(900, 560);
    reload();
}

QTableView *AuditStatisticsDialog::addTable(QAbstractItemModel *model, const char *objectName,
                                            const QString &title)
{
    auto *view = new QTableView(m_tabs);
    view->setObjectName(QString::fromLatin1(objectName));
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tabs->addTab(view, title);
    return view;
}

void AuditStatisticsDialog::reload()
{
    auto built = AuditStatisticsBuilder::build(m_db, m_roundId);
    if (!built) {
        m_statistics = {};
        m_summary->setText(tr("The statistics could not be computed: %1").arg(built.error().message));
    } else {
        m_statistics = built.value();
        if (m_statistics.isEmpty()) {
            m_summary->setText(tr("Nothing to compare in “%1” yet. Import the teams' result packages first "
                                  "(Peer audit ▸ Import package…).")
                                   .arg(m_statistics.roundName));
        } else {
            m_summary->setText(tr("“%1”: %n pair(s) of sides compared on the sites both judged. Kappa "
                                  "corrects the agreement for chance; “—” means there was nothing to "
                                  "correct.",
                                  nullptr, int(m_statistics.perTeam.size()))
                                   .arg(m_statistics.roundName));
        }
    }
    m_perTeam->setRows(m_statistics.perTeam);
    m_perItem->setRows(m_statistics.perItem);
    m_unmatched->setRows(m_statistics.unmatched);
    m_export->setEnabled(!m_statistics.isEmpty());
}

void AuditStatisticsDialog::exportWorkbook()
{
    QString name = tr("%1-agreement").arg(m_statistics.roundName);
    static const QRegularExpression unsafe(QStringLiteral(R"([\\/:*?"<>|\x00-\x1f])"));
    name.replace(unsafe, QStringLiteral("_"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export agreement statistics"),
        QDir(UiSettings(m_iniPath).lastExportFolder()).filePath(name + QStringLiteral(".xlsx")),
        tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (exportTo(path))
        QMessageBox::information(this, windowTitle(),
                                 tr("The statistics were saved to %1.").arg(QDir::toNativeSeparators(path)));
}

bool AuditStatisticsDialog::exportTo(const QString &path)
{
    const Status written = AuditStatisticsXlsxWriter::write(path, m_statistics);
    if (!written) {
        showError(this, tr("Statistics not exported"), written.error());
        return false;
    }
    UiSettings(m_iniPath).setLastExportFolder(QFileInfo(path).absolutePath());
    return true;
}

} // namespace xj
