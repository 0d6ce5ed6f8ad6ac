// SPDX-License-Identifier: GPL-3.0-or-later
#include "rounds/RoundDialog.h"

#include "common/ErrorDialog.h"
#include "inspection/RoundSetup.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace xj {

namespace {

QDateEdit *dateEdit(QWidget *parent, const QString &objectName, const QDate &date)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

} // namespace

RoundDialog::RoundDialog(const Database &database, const QString &localChecklistFolder, QWidget *parent)
    : QDialog(parent)
    , m_db(database)
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_period(new QLineEdit(this))
    , m_start(nullptr)
    , m_end(nullptr)
    , m_inspectionDate(nullptr)
    , m_team(new QLineEdit(this))
    , m_websiteTemplate(new QComboBox(this))
    , m_newMediaTemplate(new QComboBox(this))
    , m_templateErrors(new QLabel(this))
{
    setObjectName(QStringLiteral("roundDialog"));
    setWindowTitle(tr("New inspection round"));
    m_library.load(localChecklistFolder);

    const QDate today = QDate::currentDate();
    const int quarter = (today.month() - 1) / 3;
    const QDate quarterStart(today.year(), quarter * 3 + 1, 1);
    m_start = dateEdit(this, QStringLiteral("roundStart"), quarterStart);
    m_end = dateEdit(this, QStringLiteral("roundEnd"), quarterStart.addMonths(3).addDays(-1));
    m_inspectionDate = dateEdit(this, QStringLiteral("roundInspectionDate"), today);
    m_period->setObjectName(QStringLiteral("roundPeriod"));
    m_period->setText(QStringLiteral("%1Q%2").arg(today.year()).arg(quarter + 1));
    m_name->setObjectName(QStringLiteral("roundName"));
    m_team->setObjectName(QStringLiteral("roundTeam"));
    m_kind->setObjectName(QStringLiteral("roundKind"));
    for (RoundKind k : RoundKinds.values())
        m_kind->addItem(RoundKinds.label(k), int(k));
    m_websiteTemplate->setObjectName(QStringLiteral("roundWebsiteChecklist"));
    m_newMediaTemplate->setObjectName(QStringLiteral("roundNewMediaChecklist"));
    fillTemplates(m_websiteTemplate, SiteKind::Website);
    fillTemplates(m_newMediaTemplate, SiteKind::NewMedia);

    QStringList problems;
    for (const ChecklistLibrary::FileError &e : m_library.errors())
        problems.append(e.error.message);
    m_templateErrors->setObjectName(QStringLiteral("roundTemplateErrors"));
    m_templateErrors->setWordWrap(true);
    m_templateErrors->setStyleSheet(QStringLiteral("color: #b71c1c"));
    m_templateErrors->setText(
        problems.isEmpty()
            ? QString()
            : tr("These checklist files were left out:\n%1").arg(problems.join(QLatin1Char('\n'))));
    m_templateErrors->setVisible(!problems.isEmpty());

    auto *form = new QFormLayout;
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Period"), m_period);
    form->addRow(tr("Period starts"), m_start);
    form->addRow(tr("Period ends"), m_end);
    form->addRow(tr("Inspection date (T)"), m_inspectionDate);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Team"), m_team);
    form->addRow(tr("Checklist for websites"), m_websiteTemplate);
    form->addRow(tr("Checklist for new media"), m_newMediaTemplate);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("roundDialogButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RoundDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_templateErrors);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &RoundDialog::suggestName);
    connect(m_period, &QLineEdit::textChanged, this, &RoundDialog::suggestName);
    suggestName();
    resize(560, sizeHint().height());
}

void RoundDialog::fillTemplates(QComboBox *combo, SiteKind kind)
{
    combo->addItem(tr("(not checked in this round)"), QString());
    for (const ChecklistLibrary::Entry &e : m_library.entries()) {
        if (e.checklist.appliesTo != kind)
            continue;
        const QString origin = e.bundled ? tr("national") : QFileInfo(e.filePath).fileName();
        combo->addItem(QStringLiteral("%1 (%2)").arg(e.checklist.name, origin), e.checklist.key);
    }
    combo->setCurrentIndex(combo->count() > 1 ? 1 : 0);
}

void RoundDialog::suggestName()
{
    m_name->setText(QStringLiteral("%1 %2").arg(m_period->text().trimmed(), m_kind->currentText()));
}

void RoundDialog::create()
{
    Round round;
    round.name = m_name->text().trimmed();
    round.kind = RoundKind(m_kind->currentData().toInt());
    round.period = m_period->text().trimmed();
    round.periodStart = m_start->date();
    round.periodEnd = m_end->date();
    round.inspectionDate = m_inspectionDate->date();
    round.team = m_team->text().trimmed();
    auto id = RoundSetup::create(m_db, round, m_library.find(m_websiteTemplate->currentData().toString()),
                                 m_library.find(m_newMediaTemplate->currentData().toString()));
    if (!id)
        return showError(this, windowTitle(), id.error());
    m_createdRoundId = id.value();
    accept();
}

} // namespace xj
