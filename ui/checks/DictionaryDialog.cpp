// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/DictionaryDialog.h"

#include "checks/CheckCatalogue.h"
#include "checks/DictionaryEntryModel.h"
#include "common/ErrorDialog.h"
#include "storage/SiteRepository.h"
#include "storage/Transaction.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace xj {

DictionaryDialog::DictionaryDialog(const Database &database, const Site &currentSite, QWidget *parent)
    : QDialog(parent)
    , m_db(database)
    , m_site(currentSite)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("dictionaryDialog"));
    setWindowTitle(tr("Word lists and allow-lists"));
    m_tabs->setObjectName(QStringLiteral("dictionaryTabs"));
    m_tabs->addTab(createPage(m_protected, int(DictionaryEntry::List::Protected)),
                   tr("Protected names and terms"));
    m_tabs->addTab(createPage(m_allow, int(DictionaryEntry::List::Allow)), tr("Allow-list"));
    m_tabs->addTab(createPage(m_hosts, int(DictionaryEntry::List::Host)), tr("Trusted hosts"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("These lists are added to the bundled dictionaries. A misspelt protected name "
                      "(a homophone or a look-alike character) or a person named with another "
                      "title is reported as a serious error; allowed text is never reported."),
                   this));
    layout->itemAt(0)->widget()->setProperty("wordWrap", true);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(760, 520);
    reload();
}

QWidget *DictionaryDialog::createPage(Page &page, int listValue)
{
    const auto list = DictionaryEntry::List(listValue);
    const QString prefix = DictionaryRepository::listCode(list);
    auto *widget = new QWidget(this);
    page.model = new DictionaryEntryModel(list, this);
    page.view = new QTableView(widget);
    page.view->setObjectName(prefix + QStringLiteral("EntriesView"));
    page.view->setModel(page.model);
    page.view->setSelectionBehavior(QAbstractItemView::SelectRows);
    page.view->horizontalHeader()->setStretchLastSection(true);
    page.view->verticalHeader()->hide();
    page.view->setColumnWidth(DictionaryEntryModel::TermColumn, 200);
    page.view->setColumnWidth(DictionaryEntryModel::DetailColumn, 180);

    auto *form = new QFormLayout;
    page.term = new QLineEdit(widget);
    page.term->setObjectName(prefix + QStringLiteral("TermEdit"));
    form->addRow(list == DictionaryEntry::List::Host ? tr("Host (*.example.cn for all sub-domains):")
                                                     : tr("Text:"),
                 page.term);
    if (list == DictionaryEntry::List::Protected) {
        page.kind = new QComboBox(widget);
        page.kind->setObjectName(QStringLiteral("protectedKindBox"));
        page.kind->addItem(tr("Person (name)"), QStringLiteral("person"));
        page.kind->addItem(tr("Organisation"), QStringLiteral("organisation"));
        page.kind->addItem(tr("Fixed political term"), QStringLiteral("political"));
        form->addRow(tr("Kind:"), page.kind);
        page.title = new QLineEdit(widget);
        page.title->setObjectName(QStringLiteral("protectedTitleEdit"));
        page.title->setPlaceholderText(tr("e.g. 副县长; several separated by 、"));
        form->addRow(tr("Title held:"), page.title);
    }
    if (list == DictionaryEntry::List::Allow) {
        page.check = new QComboBox(widget);
        page.check->setObjectName(QStringLiteral("allowCheckBox"));
        page.check->addItem(tr("Every check"), QString());
        for (const CheckCatalogue::Entry &e : CheckCatalogue::entries())
            if (CheckCatalogue::isPageCheck(e))
                page.check->addItem(CheckCatalogue::name(QLatin1String(e.id)), QLatin1String(e.id));
        form->addRow(tr("For:"), page.check);
    }
    page.onlyThisSite =
        new QCheckBox(m_site.id > 0 ? tr("Only for %1").arg(m_site.name) : tr("Only for one site"), widget);
    page.onlyThisSite->setObjectName(prefix + QStringLiteral("OnlyThisSite"));
    page.onlyThisSite->setEnabled(m_site.id > 0);
    form->addRow(QString(), page.onlyThisSite);
    page.note = new QLineEdit(widget);
    form->addRow(tr("Note:"), page.note);

    auto *addButton = new QPushButton(tr("Add"), widget);
    addButton->setObjectName(prefix + QStringLiteral("AddButton"));
    auto *remove = new QPushButton(tr("Remove selected"), widget);
    remove->setObjectName(prefix + QStringLiteral("RemoveButton"));
    connect(addButton, &QPushButton::clicked, this, [this, &page] { add(page); });
    connect(page.term, &QLineEdit::returnPressed, this, [this, &page] { add(page); });
    connect(remove, &QPushButton::clicked, this, [this, &page] { removeSelected(page); });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(addButton);
    buttons->addWidget(remove);

    auto *layout = new QVBoxLayout(widget);
    layout->addWidget(page.view, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    return widget;
}

void DictionaryDialog::add(Page &page)
{
    DictionaryEntry e;
    e.list = page.model->list();
    e.term = page.term->text().trimmed();
    if (e.term.isEmpty())
        return showError(this, windowTitle(), Error{tr("Enter the text to add."), {}});
    e.siteId = page.onlyThisSite->isChecked() ? m_site.id : 0;
    e.note = page.note->text().trimmed();
    if (page.kind)
        e.detail = page.kind->currentData().toString();
    if (page.title && e.detail == QLatin1String("person"))
        e.title = page.title->text().trimmed();
    if (page.check)
        e.checkId = page.check->currentData().toString();
    if (auto id = DictionaryRepository(m_db).save(e); !id)
        return showError(this, windowTitle(), id.error());
    m_changed = true;
    page.term->clear();
    if (page.title)
        page.title->clear();
    page.note->clear();
    reload();
}

void DictionaryDialog::removeSelected(Page &page)
{
    QList<qint64> ids;
    for (const QModelIndex &index : page.view->selectionModel()->selectedRows())
        ids.append(page.model->at(index.row()).id);
    const Status removed = withTransaction(m_db, [&]() -> Status {
        for (qint64 id : std::as_const(ids)) {
            if (Status s = DictionaryRepository(m_db).remove(id); !s)
                return s;
        }
        return Status::success();
    });
    if (!removed)
        return showError(this, windowTitle(), removed.error());
    m_changed = m_changed || !ids.isEmpty();
    reload();
}

void DictionaryDialog::reload()
{
    auto entries = DictionaryRepository(m_db).all();
    if (!entries)
        return showError(this, windowTitle(), entries.error());
    QHash<qint64, QString> names;
    if (auto sites = SiteRepository(m_db).all())
        for (const Site &s : sites.value())
            names.insert(s.id, s.name);
    for (Page *page : {&m_protected, &m_allow, &m_hosts})
        page->model->setEntries(entries.value(), names);
}

} // namespace xj
