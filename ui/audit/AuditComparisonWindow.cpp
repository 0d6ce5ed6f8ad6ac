// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditComparisonWindow.h"

#include "audit/AuditComparison.h"
#include "audit/AuditComparisonModel.h"
#include "audit/AuditFindingPane.h"
#include "audit/AuditHistoryModel.h"
#include "audit/ReconcileDialog.h"
#include "common/ErrorDialog.h"
#include "core/DataDirectory.h"
#include "core/Logging.h"
#include "inspection/SiteInspection.h"
#include "settings/UiSettings.h"
#include "storage/Database.h"
#include "storage/FindingRepository.h"
#include "storage/SiteRepository.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace xj {

namespace {

constexpr int SiteIdRole = Qt::UserRole;

} // namespace

AuditComparisonWindow::AuditComparisonWindow(Database &database, const QString &dataDirectory, qint64 roundId,
                                             QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_db(database)
    , m_dataDirectory(dataDirectory)
    , m_roundId(roundId)
    , m_actor(UiSettings(DataDirectory(dataDirectory).uiStatePath()).inspectorName())
{
    setObjectName(QStringLiteral("auditComparisonWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Peer audit comparison"));
    buildUi();
    loadSources();
    resize(1280, 820);
}

void AuditComparisonWindow::buildUi()
{
    m_sites = new QListWidget(this);
    m_sites->setObjectName(QStringLiteral("auditSiteList"));
    m_left = new QComboBox(this);
    m_left->setObjectName(QStringLiteral("leftSide"));
    m_right = new QComboBox(this);
    m_right->setObjectName(QStringLiteral("rightSide"));
    m_model = new AuditComparisonModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(AuditComparisonModel::LeftColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(AuditComparisonModel::RightColumn,
                                                      QHeaderView::Stretch);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("comparisonCounts"));
    m_disagreements = new QListWidget(this);
    m_disagreements->setObjectName(QStringLiteral("verdictDisagreements"));
    m_leftPane = new AuditFindingPane(m_dataDirectory, this);
    m_leftPane->setObjectName(QStringLiteral("leftFindingPane"));
    m_rightPane = new AuditFindingPane(m_dataDirectory, this);
    m_rightPane->setObjectName(QStringLiteral("rightFindingPane"));
    m_reconcile = new QPushButton(tr("Reconcile…"), this);
    m_reconcile->setObjectName(QStringLiteral("reconcileButton"));
    m_history = new QPushButton(tr("History…"), this);
    m_history->setObjectName(QStringLiteral("historyButton"));

    auto *sidesRow = new QHBoxLayout;
    sidesRow->addWidget(new QLabel(tr("Left:"), this));
    sidesRow->addWidget(m_left, 1);
    sidesRow->addSpacing(12);
    sidesRow->addWidget(new QLabel(tr("Right:"), this));
    sidesRow->addWidget(m_right, 1);
    sidesRow->addStretch();
    sidesRow->addWidget(m_reconcile);
    sidesRow->addWidget(m_history);

    auto *tableBox = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_counts);

    auto *details = new QWidget(this);
    auto *detailLayout = new QHBoxLayout(details);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_leftPane, 1);
    detailLayout->addWidget(m_rightPane, 1);

    auto *verdicts = new QGroupBox(tr("Items judged differently"), this);
    auto *verdictLayout = new QVBoxLayout(verdicts);
    verdictLayout->addWidget(m_disagreements);

    auto *centre = new QSplitter(Qt::Vertical, this);
    centre->setObjectName(QStringLiteral("comparisonSplitter"));
    centre->addWidget(tableBox);
    centre->addWidget(details);
    centre->addWidget(verdicts);
    centre->setStretchFactor(0, 3);
    centre->setStretchFactor(1, 2);
    centre->setStretchFactor(2, 1);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(sidesRow);
    rightLayout->addWidget(centre, 1);

    auto *siteBox = new QWidget(this);
    auto *siteLayout = new QVBoxLayout(siteBox);
    siteLayout->setContentsMargins(0, 0, 0, 0);
    siteLayout->addWidget(new QLabel(tr("Sites judged:"), this));
    siteLayout->addWidget(m_sites, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(siteBox);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({260, 1000});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_sites, &QListWidget::currentRowChanged, this, &AuditComparisonWindow::siteChanged);
    connect(m_left, &QComboBox::currentIndexChanged, this, &AuditComparisonWindow::reload);
    connect(m_right, &QComboBox::currentIndexChanged, this, &AuditComparisonWindow::reload);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AuditComparisonWindow::showDetails);
    connect(m_table, &QTableView::doubleClicked, this, &AuditComparisonWindow::reconcile);
    connect(m_reconcile, &QPushButton::clicked, this, &AuditComparisonWindow::reconcile);
    connect(m_history, &QPushButton::clicked, this, &AuditComparisonWindow::showHistory);
}

void AuditComparisonWindow::loadSources()
{
    auto sources = AuditRepository(m_db).sources(m_roundId);
    if (!sources) {
        showLoadError(sources.error());
        return;
    }
    m_sources = sources.value();
    {
        const QSignalBlocker blockLeft(m_left);
        const QSignalBlocker blockRight(m_right);
        m_left->clear();
        m_right->clear();
        for (const AuditSource &s : std::as_const(m_sources)) {
            m_left->addItem(sideName(s.importId), s.importId);
            m_right->addItem(sideName(s.importId), s.importId);
        }
    }

    QList<qint64> siteIds;
    for (const AuditSource &s : std::as_const(m_sources)) {
        for (qint64 id : s.siteIds) {
            if (!siteIds.contains(id))
                siteIds.append(id);
        }
    }
    const SiteRepository sites(m_db);
    const QSignalBlocker blockSites(m_sites);
    m_sites->clear();
    for (qint64 id : std::as_const(siteIds)) {
        auto site = sites.get(id);
        m_siteNames.insert(id, site ? site.value().name : tr("Site %1").arg(id));
        const auto [left, right] = defaultSides(id);
        int toReconcile = 0;
        if (left != right) {
            if (auto c = AuditComparison::load(m_db, m_roundId, id, left, right))
                toReconcile = c.value().undecidedCount();
        }
        auto *item = new QListWidgetItem(siteText(id, toReconcile), m_sites);
        item->setData(SiteIdRole, id);
    }
    if (siteIds.isEmpty()) {
        m_counts->setText(tr("No side has judged a site of this round yet: import the teams' result "
                             "packages first."));
        m_reconcile->setEnabled(false);
        m_history->setEnabled(false);
        return;
    }
    m_sites->setCurrentRow(0);
    siteChanged();
}

QPair<qint64, qint64> AuditComparisonWindow::defaultSides(qint64 siteId) const
{
    bool localJudged = false;
    QList<qint64> teams;
    QList<qint64> teamsJudged;
    for (const AuditSource &s : m_sources) {
        if (s.isLocal()) {
            localJudged = s.siteIds.contains(siteId);
            continue;
        }
        teams.append(s.importId);
        if (s.siteIds.contains(siteId))
            teamsJudged.append(s.importId);
    }
    // Prefer teams that judged this site; any team is still better than comparing a side with itself.
    for (qint64 id : std::as_const(teams)) {
        if (!teamsJudged.contains(id))
            teamsJudged.append(id);
    }
    if (localJudged || teamsJudged.size() < 2)
        return {0, teamsJudged.value(0, 0)};
    return {teamsJudged.at(0), teamsJudged.at(1)};
}

QString AuditComparisonWindow::siteText(qint64 siteId, int toReconcile) const
{
    const QString name = m_siteNames.value(siteId);
    return toReconcile > 0 ? tr("%1 (%n to reconcile)", nullptr, toReconcile).arg(name) : name;
}

QHash<QString, QString> AuditComparisonWindow::itemTitles(qint64 siteId) const
{
    // Titles are a courtesy: a round without a checklist still compares by item code.
    QHash<QString, QString> titles;
    auto site = SiteRepository(m_db).get(siteId);
    if (!site)
        return titles;
    auto inspection = SiteInspection::load(m_db, m_roundId, site.value());
    if (!inspection)
        return titles;
    for (const ChecklistItem &item : inspection.value().checklist().items)
        titles.insert(item.code, item.title);
    return titles;
}

bool AuditComparisonWindow::selectSite(qint64 siteId)
{
    for (int i = 0; i < m_sites->count(); ++i) {
        if (m_sites->item(i)->data(SiteIdRole).toLongLong() == siteId) {
            m_sites->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

void AuditComparisonWindow::refresh()
{
    const qint64 siteId = currentSiteId();
    loadSources();
    if (siteId > 0)
        selectSite(siteId);
}

qint64 AuditComparisonWindow::currentSiteId() const
{
    const QListWidgetItem *item = m_sites->currentItem();
    return item ? item->data(SiteIdRole).toLongLong() : 0;
}

qint64 AuditComparisonWindow::leftImportId() const
{
    return m_left->currentData().toLongLong();
}

qint64 AuditComparisonWindow::rightImportId() const
{
    return m_right->currentData().toLongLong();
}

int AuditComparisonWindow::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

QString AuditComparisonWindow::sideName(qint64 importId) const
{
    for (const AuditSource &s : m_sources) {
        if (s.importId == importId)
            return s.team.isEmpty() ? tr("This office") : s.team;
    }
    return tr("Import %1").arg(importId);
}

void AuditComparisonWindow::showLoadError(const Error &error)
{
    qCWarning(lcApp) << "peer audit comparison:" << error.message << error.detail;
    m_counts->setText(
        QStringLiteral("<span style='color:#b00000'>%1</span>").arg(error.message.toHtmlEscaped()));
}

void AuditComparisonWindow::siteChanged()
{
    const qint64 siteId = currentSiteId();
    m_table->clearSelection();
    if (siteId > 0) {
        const auto [left, right] = defaultSides(siteId);
        const QSignalBlocker blockLeft(m_left);
        const QSignalBlocker blockRight(m_right);
        m_left->setCurrentIndex(m_left->findData(left));
        m_right->setCurrentIndex(m_right->findData(right));
        m_titles = itemTitles(siteId);
    }
    reload();
}

void AuditComparisonWindow::reload()
{
    // Keep the row the user was on: by its findings, which survive a reload (row numbers do not).
    qint64 keepLeft = 0;
    qint64 keepRight = 0;
    if (const int row = selectedRow(); row >= 0) {
        keepLeft = m_model->leftFinding(row) ? m_model->leftFinding(row)->id : 0;
        keepRight = m_model->rightFinding(row) ? m_model->rightFinding(row)->id : 0;
    }
    m_model->clear();
    m_disagreements->clear();
    m_leftPane->clear(sideName(leftImportId()));
    m_rightPane->clear(sideName(rightImportId()));
    m_reconcile->setEnabled(false);
    const qint64 siteId = currentSiteId();
    m_history->setEnabled(siteId > 0);
    if (siteId <= 0)
        return;
    const qint64 left = leftImportId();
    const qint64 right = rightImportId();
    if (m_sources.size() < 2) {
        m_counts->setText(tr("Only this office's results are here: import a team's result package to "
                             "compare with it."));
        return;
    }
    if (left == right) {
        m_counts->setText(tr("Choose two different sides to compare."));
        return;
    }
    auto loaded = AuditComparison::load(m_db, m_roundId, siteId, left, right);
    if (!loaded) {
        showLoadError(loaded.error());
        return;
    }
    const AuditSiteComparison &c = loaded.value();
    m_model->setComparison(c, sideName(left), sideName(right));

    for (const AuditSiteComparison::VerdictDisagreement &d : c.verdictDisagreements) {
        const QString title = m_titles.value(d.itemCode);
        const QString item = title.isEmpty() ? d.itemCode : tr("%1 %2").arg(d.itemCode, title);
        auto *entry =
            new QListWidgetItem(tr("%1 — left: %2, right: %3")
                                    .arg(item, VerdictValues.label(d.left), VerdictValues.label(d.right)),
                                m_disagreements);
        entry->setForeground(QColor(0xb0, 0x00, 0x00));
    }

    int matched = 0;
    int onlyLeft = 0;
    int onlyRight = 0;
    for (const AuditSiteComparison::Row &r : c.rows) {
        matched += r.kind == AuditSiteComparison::RowKind::Matched;
        onlyLeft += r.kind == AuditSiteComparison::RowKind::OnlyLeft;
        onlyRight += r.kind == AuditSiteComparison::RowKind::OnlyRight;
    }
    m_counts->setText(tr("%1 matched, %2 only left, %3 only right, %4 verdicts differ, %5 to reconcile")
                          .arg(matched)
                          .arg(onlyLeft)
                          .arg(onlyRight)
                          .arg(c.verdictDisagreements.size())
                          .arg(c.undecidedCount()));
    if (QListWidgetItem *item = m_sites->currentItem())
        item->setText(siteText(siteId, c.undecidedCount()));

    const int row = m_model->rowOf(keepLeft, keepRight);
    if (row >= 0)
        m_table->selectRow(row);
}

void AuditComparisonWindow::showDetails()
{
    const int row = selectedRow();
    m_reconcile->setEnabled(row >= 0);
    if (row < 0) {
        m_leftPane->clear(sideName(leftImportId()));
        m_rightPane->clear(sideName(rightImportId()));
        return;
    }
    const AuditRepository repository(m_db);
    const auto show = [&](AuditFindingPane *pane, qint64 importId, const Finding *finding) {
        QList<Evidence> evidence;
        if (finding) {
            auto loaded = repository.evidence(finding->id, importId);
            if (loaded)
                evidence = loaded.value();
            else
                qCWarning(lcApp) << "evidence of" << finding->id << loaded.error().message
                                 << loaded.error().detail;
        }
        pane->showFinding(sideName(importId), finding, evidence);
    };
    show(m_leftPane, leftImportId(), m_model->leftFinding(row));
    show(m_rightPane, rightImportId(), m_model->rightFinding(row));
}

void AuditComparisonWindow::reconcile()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const qint64 siteId = currentSiteId();
    const qint64 left = leftImportId();
    const qint64 right = rightImportId();
    const Finding *leftFinding = m_model->leftFinding(row);
    const Finding *rightFinding = m_model->rightFinding(row);
    const qint64 leftId = leftFinding ? leftFinding->id : 0;
    const qint64 rightId = rightFinding ? rightFinding->id : 0;

    AuditReconciliations reconciliations(m_db);
    // Earlier decisions that touched either finding of this row between these sides, newest first.
    QList<AuditReconciliation> earlier;
    if (auto history = reconciliations.history(m_roundId, siteId)) {
        for (const AuditReconciliation &d : history.value()) {
            if ((leftId > 0 && d.leftImportId == left && d.leftFindingId == leftId) ||
                (rightId > 0 && d.rightImportId == right && d.rightFindingId == rightId))
                earlier.append(d);
        }
    }
    ReconcileDialog dialog(m_model->rowAt(row).kind, leftFinding, rightFinding, sideName(left),
                           sideName(right), earlier, this);
    if (dialog.exec() != QDialog::Accepted)
        return;

    AuditReconciliation decision;
    decision.roundId = m_roundId;
    decision.siteId = siteId;
    decision.leftImportId = left;
    decision.rightImportId = right;
    decision.leftFindingId = leftId;
    decision.rightFindingId = rightId;
    decision.decision = dialog.decision();
    decision.reason = dialog.reason();
    decision.actor = m_actor;
    auto decided = reconciliations.decide(decision);
    if (!decided)
        showError(this, tr("Reconcile findings"), decided.error());
    reload();
}

void AuditComparisonWindow::showHistory()
{
    const qint64 siteId = currentSiteId();
    if (siteId <= 0)
        return;
    auto history = AuditReconciliations(m_db).history(m_roundId, siteId);
    if (!history) {
        showError(this, tr("Reconciliation history"), history.error());
        return;
    }
    // Each side's findings of the site by id, to name the findings a decision was about.
    QHash<QPair<qint64, qint64>, QString> descriptions;
    const AuditRepository repository(m_db);
    QList<qint64> importsRead;
    for (const AuditReconciliation &d : history.value()) {
        for (qint64 importId : {d.leftImportId, d.rightImportId}) {
            if (importsRead.contains(importId))
                continue;
            importsRead.append(importId);
            if (auto findings = repository.findings(m_roundId, siteId, importId)) {
                for (const Finding &f : findings.value())
                    descriptions.insert({importId, f.id}, f.description);
            }
        }
    }
    const auto describe = [this, descriptions](qint64 importId, qint64 findingId) {
        const QString side = sideName(importId);
        if (findingId <= 0)
            return tr("%1: nothing").arg(side);
        QString text = descriptions.value({importId, findingId});
        if (text.isEmpty() && importId == 0) {
            // A finding of this office withdrawn by a decision is no longer among the live ones.
            if (auto finding = FindingRepository(m_db).get(findingId))
                text = finding.value().description;
        }
        return tr("%1: %2").arg(side, text.isEmpty() ? tr("finding #%1").arg(findingId) : text);
    };

    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("auditHistoryDialog"));
    dialog.setWindowTitle(tr("Reconciliation history — %1").arg(m_siteNames.value(siteId)));
    auto *model = new AuditHistoryModel(&dialog);
    model->setHistory(history.value(), describe);
    auto *table = new QTableView(&dialog);
    table->setObjectName(QStringLiteral("auditHistoryTable"));
    table->setModel(model);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnsToContents();
    table->resizeRowsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    if (history.value().isEmpty())
        layout->addWidget(new QLabel(tr("No decision has been taken for this site yet."), &dialog));
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(900, 400);
    dialog.exec();
}

} // namespace xj
