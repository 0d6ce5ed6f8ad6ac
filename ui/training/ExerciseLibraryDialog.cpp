// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/ExerciseLibraryDialog.h"

#include "common/ErrorDialog.h"
#include "report/BackgroundTask.h"
#include "training/ExerciseLibrary.h"
#include "training/ExerciseListModel.h"
#include "training/ExercisePackage.h"
#include "training/NewDemoExerciseDialog.h"
#include "training/TrainingExerciseRepository.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace xj {

ExerciseLibraryDialog::ExerciseLibraryDialog(const Database &database, const QString &dataFolder,
                                             QWidget *parent)
    : QDialog(parent)
    , m_db(database)
    , m_dataFolder(dataFolder)
    , m_model(new ExerciseListModel(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_task(new BackgroundTask(this))
{
    setObjectName(QStringLiteral("exerciseLibraryDialog"));
    setWindowTitle(tr("Exercises"));
    setSizeGripEnabled(true);
    m_table->setObjectName(QStringLiteral("exerciseTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ExerciseListModel::Title, QHeaderView::Stretch);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ExerciseLibraryDialog::updateButtons);
    m_status->setObjectName(QStringLiteral("exerciseStatusLabel"));
    m_status->setWordWrap(true);

    const auto button = [this](const QString &text, const char *name, const QString &tip,
                               void (ExerciseLibraryDialog::*slot)()) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        b->setToolTip(tip);
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    auto *row = new QHBoxLayout;
    row->addWidget(button(tr("&New from practice-site generator…"), "exerciseNewDemoButton",
                          tr("Generates a fictional county site with planted problems and its answer key."),
                          &ExerciseLibraryDialog::newDemoExercise));
    row->addWidget(button(tr("&Import…"), "exerciseImportButton",
                          tr("Adds an exercise from a .xjexercise file."),
                          &ExerciseLibraryDialog::importExercise));
    m_needSelection = {
        button(tr("&Export…"), "exerciseExportButton",
               tr("Saves the exercise as a .xjexercise file to hand on."),
               &ExerciseLibraryDialog::exportExercise),
        button(tr("&Delete"), "exerciseDeleteButton", tr("Removes the exercise, unless an attempt uses it."),
               &ExerciseLibraryDialog::deleteExercise),
    };
    for (QPushButton *b : std::as_const(m_needSelection))
        row->addWidget(b);
    row->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(row);
    layout->addWidget(buttons);
    resize(980, 440);
    reload();
}

void ExerciseLibraryDialog::reload()
{
    const qint64 selected = selectedExerciseId();
    auto exercises = TrainingExerciseRepository(m_db).all();
    m_model->setExercises(exercises ? exercises.value() : QList<TrainingExerciseRecord>());
    if (!exercises)
        m_status->setText(exercises.error().message);
    else if (exercises.value().isEmpty())
        m_status->setText(
            tr("The library is empty. Make an exercise with the practice-site generator, import "
               "one, or save an inspection as an exercise from the workbench."));
    else
        m_status->setText(tr("%n exercise(s).", nullptr, int(exercises.value().size())));
    m_table->resizeColumnsToContents();
    selectExercise(selected);
    updateButtons();
}

qint64 ExerciseLibraryDialog::selectedExerciseId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_model->rowCount())
        return 0;
    return m_model->exercises().at(rows.first().row()).id;
}

bool ExerciseLibraryDialog::selectExercise(qint64 exerciseId)
{
    const int row = m_model->rowOf(exerciseId);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

void ExerciseLibraryDialog::updateButtons()
{
    const bool selected = selectedExerciseId() > 0;
    for (QPushButton *b : std::as_const(m_needSelection))
        b->setEnabled(selected && !m_task->isRunning());
}

void ExerciseLibraryDialog::newDemoExercise()
{
    NewDemoExerciseDialog dialog(m_db, m_dataFolder, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectExercise(dialog.exerciseId());
}

void ExerciseLibraryDialog::runInBackground(const QString &label, std::function<std::function<void()>()> work)
{
    if (!m_progress) {
        m_progress = new QProgressDialog(this);
        m_progress->setObjectName(QStringLiteral("exerciseProgress"));
        m_progress->setCancelButton(nullptr);
        m_progress->setRange(0, 0);
        m_progress->setMinimumDuration(0);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        m_progress->setWindowModality(Qt::WindowModal);
    }
    m_progress->setLabelText(label);
    m_progress->show();
    updateButtons();
    m_task->start([this, work](const std::atomic_bool &) -> BackgroundTask::Deliver {
        std::function<void()> deliver = work();
        return [this, deliver] {
            m_progress->hide();
            deliver();
            updateButtons();
            emit workFinished();
        };
    });
}

Result<qint64> ExerciseLibraryDialog::registerImported(const Result<Exercise> &unpacked,
                                                       const QString &workRoot)
{
    const auto cleanUp = qScopeGuard([&] { QDir(workRoot).removeRecursively(); });
    if (!unpacked)
        return unpacked.error();
    if (auto known = TrainingExerciseRepository(m_db).findByUuid(unpacked.value().uuid))
        return Error{tr("This exercise is already in the library as \"%1\". Nothing was imported.")
                         .arg(known.value().title),
                     {}};
    return ExerciseLibrary(m_dataFolder).add(m_db, QDir(workRoot).filePath(unpacked.value().uuid));
}

Result<qint64> ExerciseLibraryDialog::importPackage(const QString &zipPath)
{
    const QString workRoot = ExerciseLibrary(m_dataFolder).newWorkFolder();
    auto id = registerImported(ExercisePackage::importFrom(zipPath, workRoot), workRoot);
    if (id)
        reload();
    return id;
}

void ExerciseLibraryDialog::importExercise()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import exercise"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Exercises (*.%1)").arg(ExercisePackage::FileSuffix));
    if (path.isEmpty())
        return;
    // Unpacking and checking every file's checksum is the slow part: it runs on the worker; listing
    // the exercise needs the database, so it happens back on this thread.
    const QString workRoot = ExerciseLibrary(m_dataFolder).newWorkFolder();
    runInBackground(tr("Importing %1…").arg(QFileInfo(path).fileName()), [this, path, workRoot] {
        Result<Exercise> unpacked = ExercisePackage::importFrom(path, workRoot);
        return std::function<void()>([this, unpacked, workRoot] {
            auto id = registerImported(unpacked, workRoot);
            if (!id) {
                showError(this, tr("Exercise not imported"), id.error());
                return;
            }
            reload();
            selectExercise(id.value());
        });
    });
}

void ExerciseLibraryDialog::exportExercise()
{
    const int row = m_model->rowOf(selectedExerciseId());
    if (row < 0)
        return;
    const TrainingExerciseRecord record = m_model->exercises().at(row);
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(record.title + QLatin1Char('.') + ExercisePackage::FileSuffix);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export exercise"), suggested, tr("Exercises (*.%1)").arg(ExercisePackage::FileSuffix));
    if (path.isEmpty())
        return;
    const QString folder = ExerciseLibrary(m_dataFolder).absolute(record.folder);
    runInBackground(tr("Exporting %1…").arg(record.title), [this, folder, path] {
        Status written = ExercisePackage::exportTo(folder, path);
        return std::function<void()>([this, written, path] {
            if (!written)
                showError(this, tr("Exercise not exported"), written.error());
            else
                m_status->setText(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
        });
    });
}

void ExerciseLibraryDialog::deleteExercise()
{
    const int row = m_model->rowOf(selectedExerciseId());
    if (row < 0)
        return;
    const TrainingExerciseRecord record = m_model->exercises().at(row);
    if (!confirm(this, tr("Delete exercise"),
                 tr("Delete the exercise \"%1\" with its site and answer key?").arg(record.title)))
        return;
    // The row goes first: it is refused while an attempt uses the exercise, and then the folder stays.
    if (Status removed = TrainingExerciseRepository(m_db).remove(record.id); !removed) {
        showError(this, tr("Exercise not deleted"), removed.error());
        return;
    }
    QDir(ExerciseLibrary(m_dataFolder).absolute(record.folder)).removeRecursively();
    reload();
}

} // namespace xj
