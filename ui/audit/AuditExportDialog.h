// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditPackageWriter.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace xj {

class Database;

/// The form of a peer-audit package export: which round, which of its sites (all ticked; a filter
/// narrows the list), who exports (the office from the notice settings; for a result the round's team), an
/// optional passphrase typed twice, and the file (named after the round and exporter, in the last
/// export folder). It only describes the request; the controller writes the package.
class AuditExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditExportDialog)
public:
    AuditExportDialog(const Database &database, const QString &dataFolder, AuditPackageKind kind,
                      qint64 roundId, QWidget *parent = nullptr);

    AuditPackageWriter::Request request() const;

public slots:
    void accept() override;

private:
    void loadRounds(qint64 roundId);
    void loadRound();
    void applyFilter(const QString &text);
    void browse();
    /// Why the form cannot be exported yet; empty when it can.
    QString problem() const;
    QString defaultExporter(const QString &roundTeam) const;
    QString suggestedPath() const;

    const Database &m_db;
    QString m_iniPath;
    AuditPackageKind m_kind;
    QComboBox *m_round;
    QLineEdit *m_filter;
    QListWidget *m_sites;
    QLineEdit *m_exporter;
    QLineEdit *m_passphrase;
    QLineEdit *m_repeat;
    QLineEdit *m_path;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QString m_roundName;
    bool m_pathEdited = false;
};

} // namespace xj
