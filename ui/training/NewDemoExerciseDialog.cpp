// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/NewDemoExerciseDialog.h"

#include "common/ErrorDialog.h"
#include "demo/DemoProblemPlanter.h"
#include "demo/DemoSiteSpec.h"
#include "training/DemoExerciseTask.h"
#include "training/ProblemCategories.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace xj {

NewDemoExerciseDialog::NewDemoExerciseDialog(const Database &database, const QString &dataFolder,
                                             QWidget *parent)
    : QDialog(parent)
    , m_task(new DemoExerciseTask(database, dataFolder, this))
    , m_seed(new QLineEdit(this))
    , m_articlePages(new QSpinBox(this))
    , m_title(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_create(new QPushButton(tr("&Create"), this))
{
    setObjectName(QStringLiteral("newDemoExerciseDialog"));
    setWindowTitle(tr("New exercise from the practice-site generator"));
    m_seed->setObjectName(QStringLiteral("demoSeedEdit"));
    m_seed->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[1-9][0-9]{0,17}")), m_seed));
    m_seed->setToolTip(
        tr("The same seed and categories give the same site, so an exercise can be made again."));
    auto *random = new QPushButton(tr("&Random"), this);
    random->setObjectName(QStringLiteral("demoRandomSeedButton"));
    random->setAutoDefault(false);
    connect(random, &QPushButton::clicked, this, &NewDemoExerciseDialog::randomizeSeed);
    auto *seedRow = new QHBoxLayout;
    seedRow->addWidget(m_seed, 1);
    seedRow->addWidget(random);

    auto *categories = new QGridLayout;
    const QStringList plantable = DemoProblemPlanter::plantableCategories();
    for (int i = 0; i < plantable.size(); ++i) {
        const QString &code = plantable.at(i);
        auto *box = new QCheckBox(code, this);
        box->setObjectName(QStringLiteral("demoCategory") + code);
        box->setToolTip(ProblemCategories::label(code));
        box->setChecked(true);
        categories->addWidget(box, i / 6, i % 6);
        m_categories.append(box);
    }
    m_articlePages->setObjectName(QStringLiteral("demoArticlePagesSpin"));
    m_articlePages->setRange(DemoSiteSpec::MinimumArticlePages, 2000);
    m_articlePages->setValue(60);
    m_articlePages->setToolTip(tr("More pages make a longer exercise: problems hide among more articles."));
    m_title->setObjectName(QStringLiteral("demoTitleEdit"));
    m_title->setPlaceholderText(tr("Made from the seed when left empty"));
    m_problem->setObjectName(QStringLiteral("demoProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();

    auto *form = new QFormLayout;
    // A row holding a layout gets no buddy, so its label carries no mnemonic.
    form->addRow(tr("Seed:"), seedRow);
    form->addRow(tr("Problems to plant:"), categories);
    form->addRow(tr("&Article pages:"), m_articlePages);
    form->addRow(tr("&Title:"), m_title);
    m_create->setObjectName(QStringLiteral("demoCreateButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_create, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewDemoExerciseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_task, &DemoExerciseTask::created, this, [this](qint64 id) {
        m_exerciseId = id;
        m_create->setEnabled(true);
        QDialog::accept();
    });
    connect(m_task, &DemoExerciseTask::failed, this, &NewDemoExerciseDialog::failed);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    randomizeSeed();
}

QStringList NewDemoExerciseDialog::checkedCategories() const
{
    QStringList out;
    for (const QCheckBox *box : m_categories) {
        if (box->isChecked())
            out.append(box->text());
    }
    return out;
}

void NewDemoExerciseDialog::randomizeSeed()
{
    m_seed->setText(QString::number(DemoExerciseTask::randomSeed()));
}

void NewDemoExerciseDialog::accept()
{
    if (m_task->isRunning())
        return;
    bool seedOk = false;
    const quint64 seed = m_seed->text().toULongLong(&seedOk);
    QString problem;
    if (!seedOk || seed == 0)
        problem = tr("Type a seed (a whole number from 1), or press Random.");
    else if (checkedCategories().isEmpty())
        problem = tr("Tick at least one kind of problem to plant.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        return;
    DemoExerciseRequest request;
    request.seed = seed;
    // All ticked is the generator's "all", so the exercise lists no category filter.
    request.categories =
        checkedCategories().size() == m_categories.size() ? QStringList() : checkedCategories();
    request.articlePages = m_articlePages->value();
    request.asOf = QDate::currentDate();
    request.title = m_title->text().trimmed();
    m_create->setEnabled(false);
    m_task->start(request);
}

void NewDemoExerciseDialog::failed(const Error &error)
{
    m_create->setEnabled(true);
    showError(this, tr("Exercise not created"), error);
}

} // namespace xj
