// SPDX-License-Identifier: GPL-3.0-or-later
#include "findings/FindingsPanel.h"

#include "common/EditUntilSaved.h"
#include "findings/FindingsModel.h"
#include "storage/FindingRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace xj {

FindingsPanel::FindingsPanel(const Database &database, QWidget *parent)
    : QWidget(parent)
    , m_db(database)
    , m_model(new FindingsModel(this))
    , m_view(new QTableView(this))
    , m_caption(new QLabel(this))
    , m_add(new QPushButton(tr("Add finding"), this))
    , m_edit(new QPushButton(tr("Edit"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
{
    setObjectName(QStringLiteral("findingsPanel"));
    m_view->setObjectName(QStringLiteral("findingsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle); // the end of an address is what tells pages apart
    m_view->horizontalHeader()->setSectionResizeMode(FindingsModel::DescriptionColumn, QHeaderView::Stretch);
    for (int column : {FindingsModel::FoundAtColumn, FindingsModel::ItemColumn, FindingsModel::SeverityColumn,
                       FindingsModel::StateColumn, FindingsModel::InspectorColumn})
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_view->setColumnWidth(FindingsModel::UrlColumn, 240);
    m_caption->setObjectName(QStringLiteral("findingsCaption"));
    m_add->setObjectName(QStringLiteral("addFindingButton"));
    m_edit->setObjectName(QStringLiteral("editFindingButton"));
    m_delete->setObjectName(QStringLiteral("deleteFindingButton"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_caption, 1);
    bar->addWidget(m_add);
    bar->addWidget(m_edit);
    bar->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_add, &QPushButton::clicked, this, &FindingsPanel::addFinding);
    connect(m_edit, &QPushButton::clicked, this, &FindingsPanel::editFinding);
    connect(m_delete, &QPushButton::clicked, this, &FindingsPanel::deleteFinding);
    connect(m_view, &QTableView::doubleClicked, this, &FindingsPanel::editFinding);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FindingsPanel::updateButtons);
    updateButtons();
}

void FindingsPanel::setContext(qint64 roundId, qint64 siteId, const ItemChoices &items,
                               const QHash<QString, FindingSeverity> &severityByItem)
{
    m_roundId = roundId;
    m_siteId = siteId;
    m_items = items;
    m_severityByItem = severityByItem;
    reload();
}

void FindingsPanel::reload()
{
    QList<Finding> findings;
    if (m_roundId > 0 && m_siteId > 0) {
        auto list = FindingRepository(m_db).list({m_roundId, m_siteId});
        if (!list)
            showError(this, tr("Findings"), list.error());
        else
            findings = list.value();
    }
    m_model->setFindings(findings);
    m_caption->setText(tr("Findings: %n", nullptr, int(findings.size())));
    updateButtons();
}

void FindingsPanel::setPage(const QString &url, const QString &title)
{
    m_pageUrl = url;
    m_pageTitle = title;
}

void FindingsPanel::setCurrentItem(const QString &itemCode)
{
    m_currentItem = itemCode;
}

void FindingsPanel::updateButtons()
{
    const bool context = m_roundId > 0 && m_siteId > 0;
    const bool selected = m_view->selectionModel()->hasSelection();
    m_add->setEnabled(context);
    m_edit->setEnabled(context && selected);
    m_delete->setEnabled(context && selected);
}

void FindingsPanel::addFinding()
{
    if (m_roundId <= 0 || m_siteId <= 0)
        return;
    Finding finding;
    finding.roundId = m_roundId;
    finding.siteId = m_siteId;
    finding.itemCode = m_currentItem;
    finding.url = m_pageUrl;
    finding.pageTitle = m_pageTitle;
    finding.severity = m_severityByItem.value(m_currentItem, FindingSeverity::Hint);
    finding.state = FindingState::Confirmed;
    finding.inspector = m_inspector;
    finding.foundAt = QDateTime::currentDateTimeUtc();
    openFindingDialog(finding);
}

void FindingsPanel::editFinding()
{
    if (const Finding *current = m_model->finding(m_view->currentIndex().row()))
        openFindingDialog(*current);
}

void FindingsPanel::openFindingDialog(const Finding &finding)
{
    editUntilSaved(
        this, tr("Save finding"), finding,
        [this](Finding &f) {
            FindingDialog dialog(f, m_items, this);
            if (dialog.exec() != QDialog::Accepted)
                return false;
            f = dialog.finding();
            return true;
        },
        [this](const Finding &f) -> Status {
            const FindingRepository repository(m_db);
            qint64 id = f.id;
            if (id) {
                if (Status s = repository.update(f); !s)
                    return s;
            } else {
                auto created = repository.create(f);
                if (!created)
                    return created.error();
                id = created.value();
            }
            reload();
            m_view->selectRow(m_model->rowOf(id));
            emit findingsChanged();
            return Status::success();
        });
}

void FindingsPanel::deleteFinding()
{
    const Finding *current = m_model->finding(m_view->currentIndex().row());
    if (!current)
        return;
    if (!confirm(this, tr("Delete finding"),
                 tr("Delete the finding \"%1\"?").arg(current->description.simplified().left(60))))
        return;
    if (Status s = FindingRepository(m_db).remove(current->id); !s)
        return showError(this, tr("Delete finding"), s.error());
    reload();
    emit findingsChanged();
}

} // namespace xj
