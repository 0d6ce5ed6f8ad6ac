// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/TrainingPlanDialog.h"

#include "common/ErrorDialog.h"
#include "training/TrainingPlanModel.h"
#include "training/TrainingPlanStore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace xj {

namespace {

/// Topics are one per line, which a line edit cannot show: a small text box edits them.
class TopicsDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *editor = new QPlainTextEdit(parent);
        editor->setObjectName(QStringLiteral("planTopicsEditor"));
        editor->setMinimumHeight(90);
        return editor;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        static_cast<QPlainTextEdit *>(editor)->setPlainText(index.data(Qt::EditRole).toString());
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QPlainTextEdit *>(editor)->toPlainText(), Qt::EditRole);
    }
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &) const override
    {
        QRect r = option.rect;
        r.setHeight(std::max(r.height(), 90));
        editor->setGeometry(r);
    }
};

} // namespace

TrainingPlanDialog::TrainingPlanDialog(const QString &dataFolder, QWidget *parent)
    : QDialog(parent)
    , m_dataFolder(dataFolder)
    , m_model(new TrainingPlanModel(this))
    , m_table(new QTableView(this))
    , m_state(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("trainingPlanDialog"));
    setWindowTitle(tr("Training plan"));
    auto *intro = new QLabel(tr("The five days of the remedial training. Double-click a cell to change it; "
                                "categories are codes such as P01 P07. The practice site of a day is "
                                "generated with the day's recipe."),
                             this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("planTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(TrainingPlanModel::Topics, new TopicsDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(TrainingPlanModel::Topics, QHeaderView::Stretch);
    m_state->setObjectName(QStringLiteral("planStateLabel"));
    m_problem->setObjectName(QStringLiteral("planProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("planSaveButton"));
    auto *reset = buttons->addButton(tr("&Reset to default"), QDialogButtonBox::ResetRole);
    reset->setObjectName(QStringLiteral("planResetButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TrainingPlanDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(reset, &QPushButton::clicked, this, [this] { resetToDefault(true); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_state);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(1000, 520);
    load();
}

void TrainingPlanDialog::load()
{
    TrainingPlanStore store(m_dataFolder);
    auto plan = store.load();
    if (!plan) {
        // A broken copy is shown with its problem; editing starts from the built-in plan.
        showProblem(plan.error().message + QLatin1Char(' ') + plan.error().detail);
        auto builtIn = TrainingPlan::builtIn();
        m_model->setPlan(builtIn ? builtIn.value() : TrainingPlan{});
    } else {
        m_model->setPlan(plan.value());
    }
    m_state->setText(store.isCustomised() ? tr("This is the office's own plan.")
                                          : tr("This is the plan the program comes with."));
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
}

void TrainingPlanDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void TrainingPlanDialog::save()
{
    if (Status valid = m_model->plan().validate(); !valid) {
        showProblem(valid.error().detail.isEmpty()
                        ? valid.error().message
                        : valid.error().message + QLatin1Char(' ') + valid.error().detail);
        return;
    }
    if (Status saved = TrainingPlanStore(m_dataFolder).save(m_model->plan()); !saved) {
        showError(this, tr("Training plan not saved"), saved.error());
        return;
    }
    showProblem({});
    accept();
}

void TrainingPlanDialog::resetToDefault(bool ask)
{
    if (ask && !confirm(this, tr("Reset the training plan"),
                        tr("Replace the office's plan with the one the program comes with? Your changes to "
                           "the plan are lost.")))
        return;
    if (Status reset = TrainingPlanStore(m_dataFolder).resetToDefault(); !reset) {
        showError(this, tr("Training plan not reset"), reset.error());
        return;
    }
    showProblem({});
    load();
}

} // namespace xj
