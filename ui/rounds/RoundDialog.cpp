// SPDX-License-Identifier: GPL-3.0-or-later
#include "rounds/RoundDialog.h"

#include "common/ErrorDialog.h"
#include "inspection/RoundSetup.h"
#include "storage/RoundRepository.h"
#include "storage/UnitRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
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

QListWidget *checkList(QWidget *parent, const QString &objectName)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(objectName);
    list->setMaximumHeight(150);
    return list;
}

void addCheckable(QListWidget *list, const QString &text, const QVariant &data, bool checked)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, data);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

QVariantList checkedData(const QListWidget *list)
{
    QVariantList data;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            data.append(list->item(i)->data(Qt::UserRole));
    }
    return data;
}

} // namespace

RoundDialog::RoundDialog(const Database &database, const QString &localChecklistFolder, QWidget *parent)
    : QDialog(parent)
    , m_db(database)
    , m_form(new QFormLayout)
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_period(new QLineEdit(this))
    , m_start(nullptr)
    , m_end(nullptr)
    , m_inspectionDate(nullptr)
    , m_team(new QLineEdit(this))
    , m_unit(new QComboBox(this))
    , m_units(checkList(this, QStringLiteral("roundUnits")))
    , m_websiteTemplate(new QComboBox(this))
    , m_newMediaTemplate(new QComboBox(this))
    , m_items(checkList(this, QStringLiteral("roundItems")))
    , m_source(new QComboBox(this))
    , m_carryForward(new QCheckBox(tr("Carry forward the open findings of the source round"), this))
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
    m_team->setPlaceholderText(tr("Required for a peer check"));
    m_kind->setObjectName(QStringLiteral("roundKind"));
    for (RoundKind k : RoundKinds.values())
        m_kind->addItem(RoundKinds.label(k), int(k));
    m_unit->setObjectName(QStringLiteral("roundUnit"));
    m_websiteTemplate->setObjectName(QStringLiteral("roundWebsiteChecklist"));
    m_newMediaTemplate->setObjectName(QStringLiteral("roundNewMediaChecklist"));
    m_source->setObjectName(QStringLiteral("roundSource"));
    m_carryForward->setObjectName(QStringLiteral("roundCarryForward"));
    fillTemplates(m_websiteTemplate, SiteKind::Website);
    fillTemplates(m_newMediaTemplate, SiteKind::NewMedia);

    QStringList problems;
    for (const ChecklistLibrary::FileError &e : m_library.errors())
        problems.append(e.error.message);
    if (!problems.isEmpty())
        problems =
            QStringList{tr("These checklist files were left out:\n%1").arg(problems.join(QLatin1Char('\n')))};
    fillUnits(problems);
    fillSourceRounds(problems);
    fillItems();
    m_templateErrors->setObjectName(QStringLiteral("roundTemplateErrors"));
    m_templateErrors->setWordWrap(true);
    m_templateErrors->setStyleSheet(QStringLiteral("color: #b71c1c"));
    m_templateErrors->setText(problems.join(QLatin1Char('\n')));
    m_templateErrors->setVisible(!problems.isEmpty());

    m_form->addRow(tr("Kind"), m_kind);
    m_form->addRow(tr("Period"), m_period);
    m_form->addRow(tr("Period starts"), m_start);
    m_form->addRow(tr("Period ends"), m_end);
    m_form->addRow(tr("Inspection date (T)"), m_inspectionDate);
    m_form->addRow(tr("Name"), m_name);
    m_form->addRow(tr("Team"), m_team);
    m_form->addRow(tr("Unit checking itself"), m_unit);
    m_form->addRow(tr("Units the team checks"), m_units);
    m_form->addRow(tr("Checklist for websites"), m_websiteTemplate);
    m_form->addRow(tr("Checklist for new media"), m_newMediaTemplate);
    m_form->addRow(tr("Items of the special check"), m_items);
    m_form->addRow(tr("Source round"), m_source);
    m_form->addRow(QString(), m_carryForward);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("roundDialogButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RoundDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_templateErrors);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &RoundDialog::updateKindFields);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &RoundDialog::suggestName);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &RoundDialog::suggestName);
    connect(m_period, &QLineEdit::textChanged, this, &RoundDialog::suggestName);
    connect(m_websiteTemplate, &QComboBox::currentIndexChanged, this, &RoundDialog::fillItems);
    connect(m_source, &QComboBox::currentIndexChanged, this, &RoundDialog::updateCarryForward);
    updateKindFields();
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

void RoundDialog::fillUnits(QStringList &problems)
{
    auto units = UnitRepository(m_db).all();
    if (!units)
        return problems.append(units.error().message);
    for (const Unit &u : units.value()) {
        m_unit->addItem(u.name, u.id);
        addCheckable(m_units, u.name, u.id, false);
    }
}

void RoundDialog::fillSourceRounds(QStringList &problems)
{
    m_source->addItem(tr("(none)"), qint64(0));
    auto rounds = RoundRepository(m_db).all();
    if (!rounds)
        return problems.append(rounds.error().message);
    for (const Round &r : rounds.value()) // newest first: the usual source
        m_source->addItem(QStringLiteral("%1 (%2, %3)")
                              .arg(r.name, RoundKinds.label(r.kind), r.inspectionDate.toString(Qt::ISODate)),
                          r.id);
}

// The items of the chosen website checklist; those already ticked stay ticked.
void RoundDialog::fillItems()
{
    QStringList ticked;
    for (const QVariant &code : checkedData(m_items))
        ticked.append(code.toString());
    m_items->clear();
    const ChecklistLibrary::Entry *entry = m_library.find(m_websiteTemplate->currentData().toString());
    if (!entry)
        return;
    for (const ChecklistItem &item : entry->checklist.items)
        addCheckable(m_items, QStringLiteral("%1  %2").arg(item.code, item.title), item.code,
                     ticked.contains(item.code));
}

RoundKind RoundDialog::currentKind() const
{
    return RoundKind(m_kind->currentData().toInt());
}

void RoundDialog::updateKindFields()
{
    const RoundKind kind = currentKind();
    m_form->setRowVisible(m_unit, kind == RoundKind::SelfCheck);
    m_form->setRowVisible(m_units, kind == RoundKind::PeerCheck);
    m_form->setRowVisible(m_items, kind == RoundKind::Special);
    // A re-check without a source has nothing to re-check: start from the newest round.
    if (kind == RoundKind::Recheck && m_source->currentIndex() <= 0 && m_source->count() > 1)
        m_source->setCurrentIndex(1);
    updateCarryForward();
    adjustSize();
}

void RoundDialog::updateCarryForward()
{
    if (currentKind() == RoundKind::Recheck) {
        m_carryForward->setChecked(true);
        m_carryForward->setEnabled(false);
        m_carryForward->setToolTip(tr("A re-check always takes over the open findings of its source round."));
        return;
    }
    const bool hasSource = m_source->currentData().toLongLong() > 0;
    m_carryForward->setEnabled(hasSource);
    m_carryForward->setToolTip(hasSource ? QString() : tr("Choose a source round first."));
    if (!hasSource)
        m_carryForward->setChecked(false);
}

void RoundDialog::suggestName()
{
    QString name = QStringLiteral("%1 %2").arg(m_period->text().trimmed(), m_kind->currentText());
    if (currentKind() == RoundKind::SelfCheck && !m_unit->currentText().isEmpty())
        name = QStringLiteral("%1 %2").arg(name, m_unit->currentText());
    m_name->setText(name);
}

void RoundDialog::create()
{
    Round round;
    round.name = m_name->text().trimmed();
    round.kind = currentKind();
    round.period = m_period->text().trimmed();
    round.periodStart = m_start->date();
    round.periodEnd = m_end->date();
    round.inspectionDate = m_inspectionDate->date();
    round.team = m_team->text().trimmed();
    if (round.kind == RoundKind::SelfCheck && m_unit->currentData().toLongLong() > 0)
        round.unitIds = {m_unit->currentData().toLongLong()};
    if (round.kind == RoundKind::PeerCheck) {
        for (const QVariant &id : checkedData(m_units))
            round.unitIds.append(id.toLongLong());
    }
    if (round.kind == RoundKind::Special) {
        for (const QVariant &code : checkedData(m_items))
            round.itemCodes.append(code.toString());
    }
    round.sourceRoundId = m_source->currentData().toLongLong();
    CarryForwardCounts carried;
    auto id = RoundSetup::create(m_db, round, m_library.find(m_websiteTemplate->currentData().toString()),
                                 m_library.find(m_newMediaTemplate->currentData().toString()),
                                 m_carryForward->isChecked(), &carried);
    if (!id)
        return showError(this, windowTitle(), id.error());
    m_createdRoundId = id.value();
    m_carriedCount = carried.carried;
    accept();
}

} // namespace xj
