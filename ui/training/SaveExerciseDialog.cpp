// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/SaveExerciseDialog.h"

#include "common/ErrorDialog.h"
#include "storage/EvidenceRepository.h"
#include "storage/FindingRepository.h"
#include "training/ExerciseLibrary.h"
#include "training/FindingChoiceModel.h"
#include "training/InspectionExerciseBuilder.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace xj {

SaveExerciseDialog::SaveExerciseDialog(const Database &database, QString dataFolder, qint64 roundId,
                                       qint64 siteId, QWidget *parent)
    : QDialog(parent)
    , m_db(database)
    , m_dataFolder(std::move(dataFolder))
    , m_roundId(roundId)
    , m_siteId(siteId)
    , m_title(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_save(nullptr)
{
    setObjectName(QStringLiteral("saveExerciseDialog"));
    setWindowTitle(tr("Save findings as exercise"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Tick the findings whose pages the trainees should inspect. Their archived "
                                "pages become the exercise's site, the findings its answer key. Findings "
                                "without an archived page cannot be used; marking a problem with a "
                                "screenshot (Mark menu) archives its page."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_title->setObjectName(QStringLiteral("exerciseTitleEdit"));
    m_title->setPlaceholderText(tr("e.g. Typos and dead links on a county site"));
    form->addRow(tr("Title:"), m_title);
    layout->addLayout(form);
    auto *view = new QTableView(this);
    view->setObjectName(QStringLiteral("exerciseFindingsView"));
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(view, 1);
    m_status->setObjectName(QStringLiteral("exerciseStatusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("Save exercise"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveExerciseButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SaveExerciseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    load();
    view->setModel(m_model);
    view->resizeColumnsToContents();
    resize(900, 520);
}

void SaveExerciseDialog::load()
{
    QList<Finding> findings;
    QSet<qint64> archived;
    if (m_roundId <= 0 || m_siteId <= 0) {
        m_status->setText(tr("Choose a round and a site in the workbench first."));
    } else if (auto listed = FindingRepository(m_db).list({m_roundId, m_siteId}); !listed) {
        m_status->setText(listed.error().message);
    } else if (auto evidence = EvidenceRepository(m_db).forRound(m_roundId); !evidence) {
        m_status->setText(evidence.error().message);
    } else {
        findings = listed.value();
        for (const Finding &f : std::as_const(findings)) {
            for (const Evidence &e : evidence.value().value(f.id)) {
                if (e.kind == EvidenceKind::Archive)
                    archived.insert(f.id);
            }
        }
        if (findings.isEmpty())
            m_status->setText(tr("This site has no findings in this round."));
    }
    m_model = new FindingChoiceModel(findings, archived, this);
    auto update = [this] {
        m_save->setEnabled(!m_model->checkedIds().isEmpty());
    };
    connect(m_model, &FindingChoiceModel::checkedChanged, this, update);
    update();
}

void SaveExerciseDialog::accept()
{
    const ExerciseLibrary library(m_dataFolder);
    InspectionExerciseRequest request;
    request.title = m_title->text().trimmed();
    const QString work = library.newWorkFolder();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto built = InspectionExerciseBuilder::build(m_db, m_dataFolder, m_model->checkedIds(), request, work);
    auto added = built ? library.add(m_db, work) : Result<qint64>(built.error());
    QApplication::restoreOverrideCursor();
    if (!added)
        return showError(this, windowTitle(), added.error());
    m_savedId = added.value();
    if (const auto leftOut = built.value().leftOut.size(); leftOut > 0)
        QMessageBox::information(this, windowTitle(),
                                 tr("The exercise is saved. %n finding(s) had no archived page and were left "
                                    "out of it.",
                                    nullptr, int(leftOut)));
    QDialog::accept();
}

} // namespace xj
