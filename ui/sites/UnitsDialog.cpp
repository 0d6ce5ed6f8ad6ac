// SPDX-License-Identifier: GPL-3.0-or-later
#include "sites/UnitsDialog.h"

#include "common/ErrorDialog.h"
#include "sites/UnitListModel.h"
#include "storage/UnitRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace xj {

UnitsDialog::UnitsDialog(const Database &database, QWidget *parent)
    : QDialog(parent)
    , m_db(database)
    , m_model(new UnitListModel(this))
    , m_list(new QListView(this))
    , m_name(new QLineEdit(this))
    , m_region(new QLineEdit(this))
    , m_contact(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
{
    setObjectName(QStringLiteral("unitsDialog"));
    setWindowTitle(tr("Host units"));
    m_list->setObjectName(QStringLiteral("unitList"));
    m_list->setModel(m_model);
    m_name->setObjectName(QStringLiteral("unitName"));
    m_region->setObjectName(QStringLiteral("unitRegion"));
    m_region->setPlaceholderText(tr("6-digit administrative division code"));
    m_contact->setObjectName(QStringLiteral("unitContact"));
    m_phone->setObjectName(QStringLiteral("unitPhone"));

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Region code"), m_region);
    form->addRow(tr("Contact person"), m_contact);
    form->addRow(tr("Contact phone"), m_phone);

    auto *add = new QPushButton(tr("New"), this);
    add->setObjectName(QStringLiteral("addUnitButton"));
    auto *save = new QPushButton(tr("Save"), this);
    save->setObjectName(QStringLiteral("saveUnitButton"));
    auto *remove = new QPushButton(tr("Delete"), this);
    remove->setObjectName(QStringLiteral("deleteUnitButton"));
    auto *row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(save);
    row->addWidget(remove);
    row->addStretch();

    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addLayout(row);
    right->addStretch();
    auto *body = new QHBoxLayout;
    body->addWidget(m_list, 1);
    body->addLayout(right, 2);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &UnitsDialog::addUnit);
    connect(save, &QPushButton::clicked, this, &UnitsDialog::saveUnit);
    connect(remove, &QPushButton::clicked, this, &UnitsDialog::deleteUnit);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &UnitsDialog::showCurrent);
    reload(0);
    resize(640, 360);
}

qint64 UnitsDialog::currentUnitId() const
{
    return m_list->currentIndex().data(UnitListModel::UnitIdRole).toLongLong();
}

void UnitsDialog::reload(qint64 selectId)
{
    auto units = UnitRepository(m_db).all();
    if (!units) {
        showError(this, windowTitle(), units.error());
        return;
    }
    m_model->setUnits(units.value());
    const int row = m_model->rowOf(selectId);
    m_list->setCurrentIndex(m_model->index(row < 0 ? 0 : row));
    showCurrent();
}

void UnitsDialog::showCurrent()
{
    const Unit *u = m_model->unit(m_list->currentIndex().row());
    m_name->setText(u ? u->name : QString());
    m_region->setText(u ? u->regionCode : QString());
    m_contact->setText(u ? u->contactPerson : QString());
    m_phone->setText(u ? u->contactPhone : QString());
}

void UnitsDialog::addUnit()
{
    m_list->clearSelection();
    m_list->setCurrentIndex({});
    showCurrent();
    m_name->setFocus();
}

void UnitsDialog::saveUnit()
{
    Unit u;
    u.id = currentUnitId();
    u.name = m_name->text();
    u.regionCode = m_region->text();
    u.contactPerson = m_contact->text();
    u.contactPhone = m_phone->text();
    UnitRepository repository(m_db);
    if (u.id) {
        if (Status s = repository.update(u); !s)
            return showError(this, windowTitle(), s.error());
        reload(u.id);
    } else {
        auto id = repository.create(u);
        if (!id)
            return showError(this, windowTitle(), id.error());
        reload(id.value());
    }
}

void UnitsDialog::deleteUnit()
{
    const qint64 id = currentUnitId();
    if (!id || !confirm(this, windowTitle(), tr("Delete the host unit \"%1\"?").arg(m_name->text())))
        return;
    if (Status s = UnitRepository(m_db).remove(id); !s)
        return showError(this, windowTitle(), s.error());
    reload(0);
}

} // namespace xj
