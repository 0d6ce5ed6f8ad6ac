// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/ScanSettingsDialog.h"

#include "common/ErrorDialog.h"
#include "storage/SiteScanSettingsRepository.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace xj {

namespace {

QStringList linesOf(const QPlainTextEdit *edit)
{
    QStringList out;
    for (const QString &line : edit->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            out.append(line.trimmed());
    }
    return out;
}

} // namespace

ScanSettingsDialog::ScanSettingsDialog(const Database &database, qint64 siteId, const QString &siteName,
                                       QWidget *parent)
    : QDialog(parent)
    , m_db(database)
    , m_siteId(siteId)
    , m_robots(new QCheckBox(tr("Respect robots.txt"), this))
    , m_external(new QCheckBox(tr("Check links to other sites"), this))
    , m_hosts(new QPlainTextEdit(this))
    , m_prefixes(new QPlainTextEdit(this))
    , m_rate(new QDoubleSpinBox(this))
    , m_concurrency(new QSpinBox(this))
    , m_maxPages(new QSpinBox(this))
{
    setObjectName(QStringLiteral("scanSettingsDialog"));
    setWindowTitle(tr("Scan settings — %1").arg(siteName));
    auto stored = SiteScanSettingsRepository(database).settingsFor(siteId);
    if (!stored)
        showError(parent, windowTitle(), stored.error());
    m_stored = stored ? stored.value() : CrawlSettings{};

    m_robots->setObjectName(QStringLiteral("scanRobotsCheck"));
    m_robots->setChecked(m_stored.respectRobots);
    m_robots->setToolTip(tr("robots.txt is where a site says which parts automatic programs should not "
                            "visit. Switch this off only with the site owner's consent: pages it forbids "
                            "are then scanned as well."));
    m_external->setObjectName(QStringLiteral("scanExternalCheck"));
    m_external->setChecked(m_stored.checkExternal);
    m_external->setToolTip(
        tr("Links to other sites are checked (not crawled): a dead external link counts too."));
    m_hosts->setObjectName(QStringLiteral("scanHostsEdit"));
    m_hosts->setPlainText(m_stored.extraHosts.join(QLatin1Char('\n')));
    m_hosts->setPlaceholderText(tr("One host a line, e.g. zwgk.example.gov.cn"));
    m_hosts->setToolTip(tr("Further host names that belong to this site and are crawled like its own."));
    m_prefixes->setObjectName(QStringLiteral("scanPrefixesEdit"));
    m_prefixes->setPlainText(m_stored.pathPrefixes.join(QLatin1Char('\n')));
    m_prefixes->setPlaceholderText(tr("One path a line, e.g. /zwgk/; empty: the whole site"));
    for (QPlainTextEdit *edit : {m_hosts, m_prefixes})
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    m_rate->setObjectName(QStringLiteral("scanRateSpin"));
    m_rate->setRange(0, 100);
    m_rate->setDecimals(1);
    m_rate->setSingleStep(0.5);
    m_rate->setSpecialValueText(tr("No limit"));
    m_rate->setValue(m_stored.requestsPerSecond);
    m_rate->setToolTip(tr("Small county servers also serve the public: two requests a second is polite. "
                          "No limit only for servers you run yourself."));
    m_concurrency->setObjectName(QStringLiteral("scanConcurrencySpin"));
    m_concurrency->setRange(1, 16);
    m_concurrency->setValue(m_stored.concurrencyPerHost);
    m_maxPages->setObjectName(QStringLiteral("scanMaxPagesSpin"));
    m_maxPages->setRange(1, 1000000);
    m_maxPages->setValue(m_stored.maxPages);
    m_maxPages->setToolTip(
        tr("Pages of the site read at most; files and external links are checked on top."));

    auto *form = new QFormLayout;
    form->addRow(m_robots);
    form->addRow(m_external);
    form->addRow(tr("Extra hosts:"), m_hosts);
    form->addRow(tr("Only under paths:"), m_prefixes);
    form->addRow(tr("Requests per second:"), m_rate);
    form->addRow(tr("Requests at once:"), m_concurrency);
    form->addRow(tr("Pages at most:"), m_maxPages);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ScanSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ScanSettingsDialog::reject);
}

CrawlSettings ScanSettingsDialog::settings() const
{
    CrawlSettings s = m_stored;
    s.respectRobots = m_robots->isChecked();
    s.checkExternal = m_external->isChecked();
    s.extraHosts = linesOf(m_hosts);
    s.pathPrefixes = linesOf(m_prefixes);
    s.requestsPerSecond = m_rate->value();
    s.concurrencyPerHost = m_concurrency->value();
    s.maxPages = m_maxPages->value();
    return s;
}

void ScanSettingsDialog::accept()
{
    // The dialog stays open when saving fails, so nothing typed is lost.
    if (Status s = SiteScanSettingsRepository(m_db).save(m_siteId, settings()); !s)
        return showError(this, windowTitle(), s.error());
    QDialog::accept();
}

} // namespace xj
