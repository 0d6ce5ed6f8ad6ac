// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/TrainingResultDialog.h"

#include "training/TrainingOutcomeModel.h"
#include "training/TrainingReviewDialog.h"
#include "training/TrainingTallyModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace xj {

namespace {
QTableView *table(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->resizeColumnsToContents();
    return view;
}
} // namespace

TrainingResultDialog::TrainingResultDialog(const TrainingScore &score, Exercise exercise,
                                           QString exerciseFolder, QWebEngineProfile *profile,
                                           QWidget *parent)
    : QDialog(parent)
    , m_score(score)
    , m_exercise(std::move(exercise))
    , m_exerciseFolder(std::move(exerciseFolder))
    , m_profile(profile)
    , m_tallies(new TrainingTallyModel(score, this))
    , m_outcomes(new TrainingOutcomeModel(score.outcomes, this))
{
    setObjectName(QStringLiteral("trainingResultDialog"));
    setWindowTitle(tr("Exercise result: %1").arg(m_exercise.title));
    auto *layout = new QVBoxLayout(this);
    auto *headline = new QLabel(summary(score.overall), this);
    headline->setObjectName(QStringLiteral("trainingSummaryLabel"));
    headline->setWordWrap(true);
    headline->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: bold;"));
    layout->addWidget(headline);
    layout->addWidget(new QLabel(tr("By problem category:"), this));
    layout->addWidget(table(m_tallies, QStringLiteral("trainingTallyView"), this), 1);
    layout->addWidget(
        new QLabel(tr("Every problem of the answer key, and your findings that match none:"), this));
    QTableView *outcomes = table(m_outcomes, QStringLiteral("trainingOutcomeView"), this);
    outcomes->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(outcomes, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *review = buttons->addButton(tr("Review missed problems…"), QDialogButtonBox::ActionRole);
    review->setObjectName(QStringLiteral("reviewMissesButton"));
    review->setEnabled(score.overall.misses > 0);
    connect(review, &QPushButton::clicked, this, &TrainingResultDialog::reviewMisses);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(960, 640);
}

QString TrainingResultDialog::summary(const TrainingTally &overall)
{
    return tr("Found %1 of %2 problems (recall %3); %n false alarm(s) (precision %4).", nullptr,
              overall.falseAlarms)
        .arg(overall.hits)
        .arg(overall.hits + overall.misses)
        .arg(overall.recallText(), overall.precisionText());
}

void TrainingResultDialog::reviewMisses()
{
    QList<TrainingOutcome> misses;
    for (const TrainingOutcome &o : std::as_const(m_score.outcomes)) {
        if (o.kind == TrainingOutcomeKind::Miss)
            misses.append(o);
    }
    auto *review = new TrainingReviewDialog(m_exercise, m_exerciseFolder, misses, m_profile, this);
    review->setAttribute(Qt::WA_DeleteOnClose);
    review->open();
}

} // namespace xj
