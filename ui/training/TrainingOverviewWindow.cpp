// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/TrainingOverviewWindow.h"

#include "common/ErrorDialog.h"
#include "escalation/TrainingEnrollmentRepository.h"
#include "report/document/DocumentStyle.h"
#include "report/pdf/PdfReportWriter.h"
#include "storage/NoticeRepository.h"
#include "training/CompletionRecordBuilder.h"
#include "training/DayLogDialog.h"
#include "training/EnrollTraineeDialog.h"
#include "training/ExerciseLibraryDialog.h"
#include "training/StartExerciseDialog.h"
#include "training/TraineeOverviewModel.h"
#include "training/TraineeResultsDialog.h"
#include "training/TrainingOverview.h"
#include "training/TrainingPlanDialog.h"
#include "training/TrainingPlanStore.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace xj {

TrainingOverviewWindow::TrainingOverviewWindow(const Database &database, const QString &dataFolder,
                                               QWidget *parent)
    : QDialog(parent)
    , m_db(database)
    , m_dataFolder(dataFolder)
    , m_model(new TraineeOverviewModel(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("trainingOverviewWindow"));
    setWindowTitle(tr("Remedial training"));
    setModal(false);
    setSizeGripEnabled(true);
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    auto *intro = new QLabel(tr("Persons in charge of sites that failed re-check, in the five-day remedial "
                                "training (脱岗跟班学习). Select a trainee to keep the day log, start an "
                                "exercise, see results or export the completion record."),
                             this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("traineeTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(TraineeOverviewModel::Site, QHeaderView::Stretch);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TrainingOverviewWindow::updateButtons);
    connect(m_table, &QTableView::doubleClicked, this, &TrainingOverviewWindow::showResults);
    m_status->setObjectName(QStringLiteral("trainingStatusLabel"));
    m_status->setWordWrap(true);

    auto *traineeButtons = new QHBoxLayout;
    traineeButtons->addWidget(addButton(tr("&Enrol trainee…"), "enrollTraineeButton",
                                        tr("Enrols a person by hand, without an escalation."),
                                        &TrainingOverviewWindow::enrollTrainee));
    m_needSelection = {
        addButton(tr("E&dit…"), "editTraineeButton",
                  tr("Corrects the trainee's name, phone, unit, site or start."),
                  &TrainingOverviewWindow::editTrainee),
        addButton(tr("Day &log…"), "dayLogButton", tr("Attendance and notes of the five days."),
                  &TrainingOverviewWindow::openDayLog),
        addButton(tr("&Start exercise…"), "startExerciseButton",
                  tr("Starts an exercise for the trainee in the workbench."),
                  &TrainingOverviewWindow::startExercise),
        addButton(tr("&Results…"), "resultsButton", tr("The trainee's attempts and their scores."),
                  &TrainingOverviewWindow::showResults),
        addButton(tr("&Completion record…"), "completionRecordButton",
                  tr("Saves the completion record (结业记录) as PDF."),
                  &TrainingOverviewWindow::exportCompletionRecord),
        addButton(tr("&Mark completed"), "markCompletedButton", tr("Records that the training is finished."),
                  &TrainingOverviewWindow::markCompleted),
    };
    for (QPushButton *b : std::as_const(m_needSelection))
        traineeButtons->addWidget(b);
    traineeButtons->addStretch(1);
    auto *libraryButtons = new QHBoxLayout;
    libraryButtons->addWidget(addButton(tr("&Plan…"), "planButton", tr("The five days of the training."),
                                        &TrainingOverviewWindow::openPlan));
    libraryButtons->addWidget(addButton(tr("E&xercises…"), "exercisesButton",
                                        tr("The practice sites and inspections with answer keys."),
                                        &TrainingOverviewWindow::openExercises));
    libraryButtons->addStretch(1);
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("trainingCloseButton"));
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    libraryButtons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(traineeButtons);
    layout->addLayout(libraryButtons);
    resize(1100, 520);
    reload();
}

QPushButton *TrainingOverviewWindow::addButton(const QString &text, const char *objectName,
                                               const QString &toolTip,
                                               void (TrainingOverviewWindow::*action)())
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(QLatin1String(objectName));
    button->setToolTip(toolTip);
    button->setAutoDefault(false);
    connect(button, &QPushButton::clicked, this, action);
    return button;
}

void TrainingOverviewWindow::reload()
{
    const std::optional<TrainingEnrollment> selected = selectedEnrollment();
    auto rows = TrainingOverview::load(m_db);
    if (!rows) {
        m_model->setRows({});
        m_status->setText(rows.error().message);
    } else {
        m_model->setRows(rows.value());
        m_status->setText(rows.value().isEmpty()
                              ? tr("No one is in training. Trainees come from escalation after a re-check, "
                                   "or enrol one with \"Enrol trainee…\".")
                              : tr("%n trainee(s).", nullptr, int(rows.value().size())));
    }
    m_table->resizeColumnsToContents();
    if (selected)
        selectEnrollment(selected->id);
    updateButtons();
}

bool TrainingOverviewWindow::selectEnrollment(qint64 enrollmentId)
{
    const int row = m_model->rowOf(enrollmentId);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

std::optional<TrainingEnrollment> TrainingOverviewWindow::selectedEnrollment() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_model->rowCount())
        return std::nullopt;
    return m_model->rows().at(rows.first().row()).enrollment;
}

void TrainingOverviewWindow::updateButtons()
{
    const auto selected = selectedEnrollment();
    for (QPushButton *b : std::as_const(m_needSelection))
        b->setEnabled(selected.has_value());
    if (selected) {
        findChild<QPushButton *>(QStringLiteral("markCompletedButton"))
            ->setEnabled(selected->status != TrainingStatus::Completed);
    }
}

void TrainingOverviewWindow::enrollTrainee()
{
    EnrollTraineeDialog dialog(m_db, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectEnrollment(dialog.enrollmentId());
}

void TrainingOverviewWindow::editTrainee()
{
    const auto selected = selectedEnrollment();
    if (!selected)
        return;
    EnrollTraineeDialog dialog(m_db, this);
    dialog.setEnrollment(*selected);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void TrainingOverviewWindow::openDayLog()
{
    const auto selected = selectedEnrollment();
    if (!selected)
        return;
    DayLogDialog dialog(m_db, m_dataFolder, *selected, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void TrainingOverviewWindow::startExercise()
{
    const auto selected = selectedEnrollment();
    if (!selected)
        return;
    auto *dialog = new StartExerciseDialog(m_db, m_dataFolder, *selected, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StartExerciseDialog::startRequested, this, &TrainingOverviewWindow::startRequested);
    dialog->open();
}

void TrainingOverviewWindow::showResults()
{
    const auto selected = selectedEnrollment();
    if (!selected)
        return;
    auto *dialog = new TraineeResultsDialog(m_db, *selected, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TraineeResultsDialog::resultRequested, this, &TrainingOverviewWindow::resultRequested);
    connect(dialog, &TraineeResultsDialog::resumeRequested, this, &TrainingOverviewWindow::resumeRequested);
    dialog->show();
}

Status TrainingOverviewWindow::writeCompletionRecord(qint64 enrollmentId, const QString &path) const
{
    auto plan = TrainingPlanStore(m_dataFolder).load();
    if (!plan)
        return plan.error();
    // The record is signed by the office that issues the rectification notices.
    auto notices = NoticeRepository(m_db).settings();
    const QString office = notices ? notices.value().officeName : QString();
    auto document =
        CompletionRecordBuilder::build(m_db, enrollmentId, plan.value(), office, QDate::currentDate());
    if (!document)
        return document.error();
    auto style = DocumentStyle::load(m_dataFolder);
    return PdfReportWriter::write(document.value(), style ? style.value() : DocumentStyle::bundled(), path);
}

void TrainingOverviewWindow::exportCompletionRecord()
{
    const auto selected = selectedEnrollment();
    if (!selected)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(QStringLiteral("结业记录-%1.pdf").arg(selected->person));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save completion record"), suggested,
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status written = writeCompletionRecord(selected->id, path); !written) {
        showError(this, tr("Completion record not saved"), written.error());
        return;
    }
    m_status->setText(tr("Completion record saved to %1.").arg(QDir::toNativeSeparators(path)));
}

void TrainingOverviewWindow::openPlan()
{
    TrainingPlanDialog dialog(m_dataFolder, this);
    dialog.exec();
}

void TrainingOverviewWindow::openExercises()
{
    ExerciseLibraryDialog dialog(m_db, m_dataFolder, this);
    dialog.exec();
}

void TrainingOverviewWindow::markCompleted()
{
    const auto selected = selectedEnrollment();
    if (!selected)
        return;
    if (!confirm(this, tr("Mark training completed"),
                 tr("Record that %1 has completed the remedial training?").arg(selected->person)))
        return;
    if (Status s = TrainingEnrollmentRepository(m_db).setStatus(selected->id, TrainingStatus::Completed);
        !s) {
        showError(this, tr("Training not marked completed"), s.error());
        return;
    }
    reload();
}

} // namespace xj
