// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditExportDialog.h"

#include "core/DataDirectory.h"
#include "rounds/RoundScope.h"
#include "settings/UiSettings.h"
#include "storage/Database.h"
#include "storage/NoticeRepository.h"
#include "storage/RoundRepository.h"
#include "storage/SiteRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVBoxLayout>

namespace xj {

AuditExportDialog::AuditExportDialog(const Database &database, const QString &dataFolder,
                                     AuditPackageKind kind, qint64 roundId, QWidget *parent)
    : QDialog(parent)
    , m_db(database)
    , m_iniPath(DataDirectory(dataFolder).uiStatePath())
    , m_kind(kind)
    , m_round(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_sites(new QListWidget(this))
    , m_exporter(new QLineEdit(this))
    , m_passphrase(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_path(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("auditExportDialog"));
    setWindowTitle(kind == AuditPackageKind::Assignment ? tr("Export assignment package")
                                                        : tr("Export result package"));
    m_round->setObjectName(QStringLiteral("auditExportRound"));
    m_filter->setObjectName(QStringLiteral("auditExportSiteFilter"));
    m_filter->setPlaceholderText(tr("Filter sites"));
    m_filter->setClearButtonEnabled(true);
    m_sites->setObjectName(QStringLiteral("auditExportSites"));
    m_exporter->setObjectName(QStringLiteral("auditExportExporter"));
    m_passphrase->setObjectName(QStringLiteral("auditExportPassphrase"));
    m_repeat->setObjectName(QStringLiteral("auditExportPassphraseRepeat"));
    for (QLineEdit *edit : {m_passphrase, m_repeat})
        edit->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("Optional: agreed with the receiver"));
    m_path->setObjectName(QStringLiteral("auditExportPath"));
    m_problem->setObjectName(QStringLiteral("auditExportProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("auditExportOk"));

    auto *browse = new QPushButton(tr("Choose…"), this);
    browse->setObjectName(QStringLiteral("auditExportBrowse"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *sitesBox = new QVBoxLayout;
    sitesBox->addWidget(m_filter);
    sitesBox->addWidget(m_sites);
    auto *form = new QFormLayout;
    form->addRow(tr("Round:"), m_round);
    form->addRow(tr("Sites:"), sitesBox);
    form->addRow(tr("Exported by:"), m_exporter);
    form->addRow(tr("Passphrase:"), m_passphrase);
    form->addRow(tr("Repeat passphrase:"), m_repeat);
    form->addRow(tr("File:"), pathRow);
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(
        kind == AuditPackageKind::Assignment
            ? tr("The assignment gives a team the round, its checklists and the sites to check. With a "
                 "passphrase the team can prove the package came from you; tell it to them another way.")
            : tr("The result holds this round's findings, verdicts and evidence for the office that "
                 "assigned it. Use the passphrase agreed with the office, if any."),
        this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    m_problem->hide();
    resize(560, 560);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AuditExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &AuditExportDialog::browse);
    connect(m_filter, &QLineEdit::textChanged, this, &AuditExportDialog::applyFilter);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    connect(m_exporter, &QLineEdit::textEdited, this, [this] {
        if (!m_pathEdited)
            m_path->setText(suggestedPath());
    });
    connect(m_round, &QComboBox::currentIndexChanged, this, &AuditExportDialog::loadRound);
    loadRounds(roundId);
}

void AuditExportDialog::loadRounds(qint64 roundId)
{
    auto rounds = RoundRepository(m_db).all();
    const QSignalBlocker blocker(m_round);
    if (rounds) {
        for (const Round &r : rounds.value())
            m_round->addItem(r.name, r.id);
    }
    const int index = m_round->findData(roundId);
    m_round->setCurrentIndex(index >= 0 ? index : 0);
    loadRound();
}

void AuditExportDialog::loadRound()
{
    m_sites->clear();
    m_roundName.clear();
    const qint64 roundId = m_round->currentData().toLongLong();
    auto round = RoundRepository(m_db).get(roundId);
    auto scope = round ? RoundScope::of(m_db, round.value()) : Result<RoundScope>(round.error());
    auto sites = SiteRepository(m_db).all();
    // A round that came as an assignment goes back with the office's sites only: a site the team
    // registered itself has no id the office would know.
    auto linked = m_db.selectAll(
        QStringLiteral("SELECT l.site_id FROM audit_site_links l JOIN audit_assignments a ON a.id = "
                       "l.assignment_id WHERE a.round_id = ?"),
        {roundId}, [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
    const QList<qint64> linkedIds = linked ? linked.value() : QList<qint64>();
    if (round && scope && sites) {
        m_roundName = round.value().name;
        for (const Site &s : sites.value()) {
            if (!scope.value().covers(s.id) || (!linkedIds.isEmpty() && !linkedIds.contains(s.id)))
                continue;
            auto *item = new QListWidgetItem(
                s.url.isEmpty() ? s.name : QStringLiteral("%1 — %2").arg(s.name, s.url), m_sites);
            item->setData(Qt::UserRole, s.id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
        m_exporter->setText(defaultExporter(round.value().team));
    }
    applyFilter(m_filter->text());
    if (!m_pathEdited)
        m_path->setText(suggestedPath());
}

void AuditExportDialog::applyFilter(const QString &text)
{
    for (int row = 0; row < m_sites->count(); ++row) {
        QListWidgetItem *item = m_sites->item(row);
        item->setHidden(!text.trimmed().isEmpty() &&
                        !item->text().contains(text.trimmed(), Qt::CaseInsensitive));
    }
}

QString AuditExportDialog::defaultExporter(const QString &roundTeam) const
{
    // An assignment comes from the office (the round's team is who receives it); a result from
    // the team that inspected, which is the round's team on its side.
    if (m_kind == AuditPackageKind::Result && !roundTeam.trimmed().isEmpty())
        return roundTeam.trimmed();
    auto settings = NoticeRepository(m_db).settings();
    return settings ? settings.value().officeName.trimmed() : QString();
}

QString AuditExportDialog::suggestedPath() const
{
    const QString kind = m_kind == AuditPackageKind::Assignment ? tr("assignment") : tr("result");
    QString name = QStringList{m_roundName, m_exporter->text().trimmed(), kind}.join(u'-');
    // Round and team names are typed by people; a slash or colon in them must not make a folder.
    static const QRegularExpression unsafe(QStringLiteral(R"([\\/:*?"<>|\x00-\x1f])"));
    name.replace(unsafe, QStringLiteral("_"));
    const QString folder = UiSettings(m_iniPath).lastExportFolder();
    return QDir::toNativeSeparators(QDir(folder).filePath(name + u'.' + AuditPackageFiles::Suffix));
}

void AuditExportDialog::browse()
{
    const QString path =
        QFileDialog::getSaveFileName(this, windowTitle(), QDir::fromNativeSeparators(m_path->text()),
                                     tr("Peer-audit packages (*.%1)").arg(AuditPackageFiles::Suffix));
    if (path.isEmpty())
        return;
    m_path->setText(QDir::toNativeSeparators(path));
    m_pathEdited = true;
}

AuditPackageWriter::Request AuditExportDialog::request() const
{
    AuditPackageWriter::Request r;
    r.kind = m_kind;
    r.roundId = m_round->currentData().toLongLong();
    for (int row = 0; row < m_sites->count(); ++row) {
        if (m_sites->item(row)->checkState() == Qt::Checked)
            r.siteIds.append(m_sites->item(row)->data(Qt::UserRole).toLongLong());
    }
    r.exporter = m_exporter->text().trimmed();
    r.passphrase = m_passphrase->text();
    QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (!path.isEmpty() &&
        QFileInfo(path).suffix().compare(AuditPackageFiles::Suffix, Qt::CaseInsensitive) != 0)
        path += u'.' + AuditPackageFiles::Suffix;
    r.outPath = path;
    return r;
}

QString AuditExportDialog::problem() const
{
    const AuditPackageWriter::Request r = request();
    if (r.roundId <= 0)
        return tr("Choose a round. Create one with File ▸ New inspection round… first.");
    if (r.siteIds.isEmpty())
        return tr("Tick at least one site to put in the package.");
    if (r.exporter.isEmpty())
        return tr("Enter who exports the package (your office or team): the receiver sees this name.");
    if (m_passphrase->text() != m_repeat->text())
        return tr("The two passphrases differ. Type the same passphrase twice, or leave both empty.");
    if (r.outPath.isEmpty())
        return tr("Choose the file to write.");
    if (!QFileInfo(r.outPath).absoluteDir().exists())
        return tr("The folder %1 does not exist. Choose another file.")
            .arg(QDir::toNativeSeparators(QFileInfo(r.outPath).absolutePath()));
    return {};
}

void AuditExportDialog::accept()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    if (!why.isEmpty())
        return;
    UiSettings(m_iniPath).setLastExportFolder(QFileInfo(request().outPath).absolutePath());
    QDialog::accept();
}

} // namespace xj
