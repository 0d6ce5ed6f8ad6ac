// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditStatistics.h"

#include <QDialog>

class QAbstractItemModel;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace xj {

class AuditAgreementModel;
class AuditUnmatchedModel;
class Database;

/// How far the sides of a peer-audit round agree (AuditStatisticsBuilder): per pair of sides, per
/// checklist item and the findings only one side saw, in three tabs, with an export of the same
/// figures to an Excel workbook.
class AuditStatisticsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditStatisticsDialog)
public:
    AuditStatisticsDialog(const Database &database, const QString &dataFolder, qint64 roundId,
                          QWidget *parent = nullptr);

    const AuditStatistics &statistics() const { return m_statistics; }
    /// Writes the workbook to `path`; false (after telling the user) when it failed.
    bool exportTo(const QString &path);

public slots:
    void reload();

private:
    void exportWorkbook();
    QTableView *addTable(QAbstractItemModel *model, const char *objectName, const QString &title);

    const Database &m_db;
    QString m_iniPath;
    qint64 m_roundId;
    AuditStatistics m_statistics;
    AuditAgreementModel *m_perTeam;
    AuditAgreementModel *m_perItem;
    AuditUnmatchedModel *m_unmatched;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    QPushButton *m_export;
};

} // namespace xj
