// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crawler/CrawlSettings.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QPlainTextEdit;
class QSpinBox;

namespace xj {

class Database;

/// How one site is scanned: robots.txt, extra hosts and path prefixes, and how hard the scanner
/// may press the server. Saved per site (SiteScanSettingsRepository) and used by every later scan.
class ScanSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanSettingsDialog)
public:
    ScanSettingsDialog(const Database &database, qint64 siteId, const QString &siteName,
                       QWidget *parent = nullptr);

    /// What the form says, on top of the stored settings (fields the form does not show are kept).
    CrawlSettings settings() const;
    void accept() override;

private:
    const Database &m_db;
    qint64 m_siteId;
    CrawlSettings m_stored;
    QCheckBox *m_robots;
    QCheckBox *m_external;
    QPlainTextEdit *m_hosts;
    QPlainTextEdit *m_prefixes;
    QDoubleSpinBox *m_rate;
    QSpinBox *m_concurrency;
    QSpinBox *m_maxPages;
};

} // namespace xj
