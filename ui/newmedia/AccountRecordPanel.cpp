// SPDX-License-Identifier: GPL-3.0-or-later
#include "newmedia/AccountRecordPanel.h"

#include "common/ErrorDialog.h"
#include "evidence/EvidenceRecorder.h"
#include "evidence/PictureFile.h"
#include "inspection/AccountJudgement.h"
#include "inspection/SiteInspection.h"
#include "storage/AccountRecordRepository.h"
#include "storage/EvidenceRepository.h"
#include "storage/RoundRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>

namespace xj {

namespace {

// The earliest date the editor offers stands for "not recorded yet" (shown as a special text).
const QDate NotRecorded(2000, 1, 1);

} // namespace

AccountRecordPanel::AccountRecordPanel(const Database &database, const QString &dataDirectory,
                                       QWidget *parent)
    : QWidget(parent)
    , m_db(database)
    , m_dataDirectory(dataDirectory)
    , m_lastPost(new QDateEdit(this))
    , m_lastPostTitle(new QLineEdit(this))
    , m_channel(new QLineEdit(this))
    , m_channelState(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_judgement(new QLabel(this))
    , m_evidenceCount(new QLabel(this))
    , m_attach(new QPushButton(tr("Attach screenshot…"), this))
    , m_evidence(new QPushButton(tr("Show evidence"), this))
    , m_save(new QPushButton(tr("Save record"), this))
{
    setObjectName(QStringLiteral("accountRecordPanel"));
    m_lastPost->setObjectName(QStringLiteral("accountLastPostDate"));
    m_lastPost->setCalendarPopup(true);
    m_lastPost->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_lastPost->setMinimumDate(NotRecorded);
    m_lastPost->setSpecialValueText(tr("Not recorded"));
    m_lastPost->setToolTip(tr("Date of the newest post on the account, as shown on the phone"));
    m_lastPostTitle->setObjectName(QStringLiteral("accountLastPostTitle"));
    m_lastPostTitle->setPlaceholderText(tr("Title of the newest post"));
    m_channel->setObjectName(QStringLiteral("accountChannel"));
    m_channel->setPlaceholderText(tr("e.g. 留言, 私信, 自动回复菜单, 咨询入口"));
    m_channelState->setObjectName(QStringLiteral("accountChannelState"));
    for (ChannelState s : ChannelStates.values())
        m_channelState->addItem(ChannelStates.label(s), int(s));
    m_note->setObjectName(QStringLiteral("accountNote"));
    m_judgement->setObjectName(QStringLiteral("accountJudgement"));
    m_judgement->setWordWrap(true);
    m_judgement->setTextFormat(Qt::PlainText);
    m_evidenceCount->setObjectName(QStringLiteral("accountEvidenceCount"));
    m_attach->setObjectName(QStringLiteral("accountAttachButton"));
    m_attach->setToolTip(tr("Attach a phone screenshot of the newest post or of the interaction channel"));
    m_evidence->setObjectName(QStringLiteral("accountEvidenceButton"));
    m_save->setObjectName(QStringLiteral("accountSaveButton"));
    m_save->setDefault(true);

    auto *heading = new QLabel(tr("<b>Account record in this round</b>"), this);
    heading->setObjectName(QStringLiteral("accountRecordHeading"));
    auto *form = new QFormLayout;
    form->addRow(heading);
    form->addRow(tr("Newest post"), m_lastPost);
    form->addRow(tr("Its title"), m_lastPostTitle);
    form->addRow(tr("Interaction channel"), m_channel);
    form->addRow(tr("Channel state"), m_channelState);
    form->addRow(tr("Note"), m_note);
    form->addRow(tr("Judgement"), m_judgement);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_evidenceCount, 1);
    buttons->addWidget(m_attach);
    buttons->addWidget(m_evidence);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(m_lastPost, &QDateEdit::dateChanged, this, &AccountRecordPanel::showJudgement);
    connect(m_channelState, &QComboBox::currentIndexChanged, this, &AccountRecordPanel::showJudgement);
    connect(m_channel, &QLineEdit::textChanged, this, &AccountRecordPanel::showJudgement);
    connect(m_save, &QPushButton::clicked, this, &AccountRecordPanel::save);
    connect(m_attach, &QPushButton::clicked, this, &AccountRecordPanel::attachPicture);
    connect(m_evidence, &QPushButton::clicked, this, [this] {
        if (m_record.id)
            emit evidenceRequested(m_record.id);
    });
    setVisible(false);
}

void AccountRecordPanel::setContext(qint64 roundId, const Site *site)
{
    m_roundId = roundId;
    m_site = site ? *site : Site{};
    const bool account = site && site->kind == SiteKind::NewMedia && roundId > 0;
    setVisible(account);
    m_inspectionDate = {};
    if (account) {
        if (auto round = RoundRepository(m_db).get(roundId))
            m_inspectionDate = round.value().inspectionDate;
    }
    load();
}

void AccountRecordPanel::load()
{
    m_record = AccountRecord{};
    m_record.roundId = m_roundId;
    m_record.siteId = m_site.id;
    if (m_roundId > 0 && m_site.id > 0 && m_site.kind == SiteKind::NewMedia) {
        auto found = AccountRecordRepository(m_db).find(m_roundId, m_site.id);
        if (!found)
            showError(this, tr("Account record"), found.error());
        else if (found.value())
            m_record = *found.value();
    }
    const QSignalBlocker b1(m_lastPost), b2(m_channelState), b3(m_channel);
    m_lastPost->setDate(m_record.lastPostDate.isValid() ? m_record.lastPostDate : NotRecorded);
    m_lastPostTitle->setText(m_record.lastPostTitle);
    m_channel->setText(m_record.channel);
    m_channelState->setCurrentIndex(std::max(0, m_channelState->findData(int(m_record.channelState))));
    m_note->setText(m_record.note);
    showJudgement();
    updateEvidenceCount();
}

AccountRecord AccountRecordPanel::record() const
{
    AccountRecord r = m_record;
    r.roundId = m_roundId;
    r.siteId = m_site.id;
    r.lastPostDate = m_lastPost->date() == NotRecorded ? QDate() : m_lastPost->date();
    r.lastPostTitle = m_lastPostTitle->text().trimmed();
    r.channel = m_channel->text().trimmed();
    r.channelState = ChannelState(m_channelState->currentData().toInt());
    r.note = m_note->text().trimmed();
    r.inspector = m_inspector;
    return r;
}

// Shows what saving will decide, before the inspector saves, so the reason is never a surprise.
void AccountRecordPanel::showJudgement()
{
    auto inspection = SiteInspection::load(m_db, m_roundId, m_site);
    if (!inspection || m_site.kind != SiteKind::NewMedia) {
        m_judgement->clear();
        return;
    }
    const QList<Verdict> verdicts =
        AccountJudgement::judge(record(), inspection.value().checklist(), m_inspectionDate);
    QStringList lines;
    for (const Verdict &v : verdicts)
        lines << QStringLiteral("%1 %2: %3").arg(v.itemCode, VerdictValues.label(v.value), v.note);
    m_judgement->setText(lines.isEmpty() ? tr("Enter the newest post date and the channel state; the "
                                              "veto items follow from them.")
                                         : lines.join(QLatin1Char('\n')));
}

bool AccountRecordPanel::save()
{
    auto inspection = SiteInspection::load(m_db, m_roundId, m_site);
    if (!inspection) {
        showError(this, tr("Save account record"), inspection.error());
        return false;
    }
    auto saved = inspection.value().recordAccount(m_db, record(), m_inspectionDate);
    if (!saved) {
        showError(this, tr("Save account record"), saved.error());
        return false;
    }
    m_record = record();
    m_record.id = saved.value().first;
    updateEvidenceCount();
    emit verdictsChanged();
    return true;
}

void AccountRecordPanel::attachPicture()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Attach screenshot"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Pictures (*.png *.jpg *.jpeg *.webp *.bmp)"));
    if (!path.isEmpty())
        attachPictureFile(path);
}

void AccountRecordPanel::attachPictureFile(const QString &path)
{
    // Evidence hangs on the record, so the record must exist first.
    if (!m_record.id && !save())
        return;
    auto picture = PictureFile::load(path);
    if (!picture)
        return showError(this, tr("Attach screenshot"), picture.error());
    Evidence meta = picture.value().evidence();
    meta.accountRecordId = m_record.id;
    if (auto added = EvidenceRecorder(m_db, m_dataDirectory).addBytes(picture.value().bytes, meta); !added)
        return showError(this, tr("Attach screenshot"), added.error());
    updateEvidenceCount();
}

void AccountRecordPanel::updateEvidenceCount()
{
    int count = 0;
    if (m_record.id) {
        if (auto rows = EvidenceRepository(m_db).forAccountRecord(m_record.id))
            count = int(rows.value().size());
    }
    m_evidenceCount->setText(tr("%n screenshot(s) attached", nullptr, count));
    m_evidence->setEnabled(count > 0);
}

} // namespace xj
