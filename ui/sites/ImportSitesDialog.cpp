// SPDX-License-Identifier: GPL-3.0-or-later
#include "sites/ImportSitesDialog.h"

#include "common/ErrorDialog.h"
#include "registry/SiteImporter.h"
#include "sites/ImportPreviewModel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace xj {

ImportSitesDialog::ImportSitesDialog(const Database &database, QWidget *parent)
    : QDialog(parent)
    , m_db(database)
    , m_model(new ImportPreviewModel(this))
    , m_file(new QLabel(tr("No file chosen."), this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
    , m_validOnly(new QCheckBox(tr("Import only the valid rows and skip the others"), this))
    , m_import(new QPushButton(tr("Import"), this))
{
    setObjectName(QStringLiteral("importSitesDialog"));
    setWindowTitle(tr("Import sites from CSV or Excel"));
    m_file->setObjectName(QStringLiteral("importFile"));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("importPreview"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(true);
    m_validOnly->setObjectName(QStringLiteral("importValidOnly"));
    m_import->setObjectName(QStringLiteral("importButton"));

    auto *choose = new QPushButton(tr("Choose file…"), this);
    choose->setObjectName(QStringLiteral("chooseImportFile"));
    auto *top = new QHBoxLayout;
    top->addWidget(choose);
    top->addWidget(m_file, 1);
    auto *hint = new QLabel(
        tr("Columns are recognised by their headers, e.g. 网站名称, 网址, 主办单位, 网站标识码, "
           "ICP备案号, 公安备案号, 负责人, 联系电话, 类型/平台. UTF-8 and GBK files are both read."),
        this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_validOnly);
    layout->addWidget(buttons);

    connect(choose, &QPushButton::clicked, this, &ImportSitesDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &ImportSitesDialog::runImport);
    connect(m_validOnly, &QCheckBox::toggled, this, &ImportSitesDialog::updateState);
    updateState();
    resize(900, 560);
}

void ImportSitesDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Registry file"), QDir::homePath(),
                                                      tr("Spreadsheets (*.csv *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void ImportSitesDialog::loadFile(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
    auto plan = SiteImporter(m_db).planFile(path);
    if (!plan) {
        m_model->setPlan({});
        showError(this, windowTitle(), plan.error());
    } else {
        m_model->setPlan(plan.value());
        m_view->resizeColumnsToContents();
    }
    updateState();
}

void ImportSitesDialog::updateState()
{
    const ImportPlan &plan = m_model->plan();
    const int valid = plan.validCount();
    const int invalid = plan.invalidCount();
    QString text;
    if (!plan.rows.isEmpty()) {
        text = tr("%n row(s) ready to import", nullptr, valid);
        if (invalid > 0)
            text += tr(
                "; %n row(s) with problems (shown in red). Correct the file and choose it again, or import "
                "only the valid rows.",
                nullptr, invalid);
        if (!plan.warnings.isEmpty())
            text += QLatin1Char('\n') + plan.warnings.join(QLatin1Char('\n'));
    }
    m_summary->setText(text);
    m_validOnly->setVisible(invalid > 0);
    m_import->setEnabled(valid > 0 && (invalid == 0 || m_validOnly->isChecked()));
}

void ImportSitesDialog::runImport()
{
    const ImportMode mode = m_validOnly->isChecked() ? ImportMode::ValidRowsOnly : ImportMode::AllOrNothing;
    auto summary = SiteImporter(m_db).apply(m_model->plan(), mode);
    if (!summary)
        return showError(this, windowTitle(), summary.error());
    const ImportSummary &done = summary.value();
    QMessageBox::information(this, windowTitle(),
                             tr("Imported %n site(s).", nullptr, done.sitesCreated) + QLatin1Char(' ') +
                                 tr("New host units: %n.", nullptr, done.unitsCreated) + QLatin1Char(' ') +
                                 tr("Rows skipped: %n.", nullptr, done.rowsSkipped));
    accept();
}

} // namespace xj
