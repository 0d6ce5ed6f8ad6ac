// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/AccountRecord.h"
#include "model/Site.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace xj {

class Database;

/// The record of a new-media account in the current round: the date of the newest post and the
/// state of the interaction channel, each backed by an attached screenshot (taken on a phone, since
/// WeChat or Douyin accounts cannot be opened on the desktop). Saving it sets the verdicts of the
/// new-media veto items that follow from it (AccountJudgement) and shows why.
class AccountRecordPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountRecordPanel)
public:
    AccountRecordPanel(const Database &database, const QString &dataDirectory, QWidget *parent = nullptr);

    /// Shows the record of `site` in the round; hides itself for websites.
    void setContext(qint64 roundId, const Site *site);
    void setInspector(const QString &name) { m_inspector = name; }
    qint64 recordId() const { return m_record.id; }
    AccountRecord record() const;

public slots:
    bool save();
    void attachPicture();
    void attachPictureFile(const QString &path);

signals:
    /// The record was saved and the verdicts it decides changed.
    void verdictsChanged();
    void evidenceRequested(qint64 accountRecordId);

private:
    void load();
    void showJudgement();
    void updateEvidenceCount();

    const Database &m_db;
    QString m_dataDirectory;
    qint64 m_roundId = 0;
    Site m_site;
    QDate m_inspectionDate;
    AccountRecord m_record;
    QString m_inspector;
    QDateEdit *m_lastPost;
    QLineEdit *m_lastPostTitle;
    QLineEdit *m_channel;
    QComboBox *m_channelState;
    QLineEdit *m_note;
    QLabel *m_judgement;
    QLabel *m_evidenceCount;
    QPushButton *m_attach;
    QPushButton *m_evidence;
    QPushButton *m_save;
};

} // namespace xj
