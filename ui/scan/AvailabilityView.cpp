// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/AvailabilityView.h"

#include "scan/AvailabilityTimeline.h"

#include <QLabel>
#include <QVBoxLayout>

namespace xj {

namespace {

const QColor VetoColor(0xc6, 0x28, 0x28);

QString percent(double ratio)
{
    return QString::number(ratio * 100.0, 'f', 2);
}

} // namespace

AvailabilityView::AvailabilityView(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_note(new QLabel(this))
    , m_timeline(new AvailabilityTimeline(this))
{
    setObjectName(QStringLiteral("availabilityView"));
    m_headline->setObjectName(QStringLiteral("availabilityHeadline"));
    m_note->setObjectName(QStringLiteral("availabilityNote"));
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_headline->setFont(big);
    m_headline->setWordWrap(true);
    m_note->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_note);
    layout->addWidget(m_timeline, 1);
    setReport(AvailabilityReport());
}

void AvailabilityView::setReport(const AvailabilityReport &report)
{
    m_report = report;
    const ScanRules &rules = report.rules();
    const QString threshold = QString::number(rules.unavailableVetoRatio * 100.0, 'g', 3);
    QPalette headlinePalette = palette();
    if (report.attempts() == 0) {
        m_headline->setText(tr("No availability probes recorded in this window"));
    } else if (report.isVetoed()) {
        m_headline->setText(tr("Unavailable in %1 % of probes (%2 of %3): veto, the threshold is %4 % (W-V2)")
                                .arg(percent(report.ratio()))
                                .arg(report.failures())
                                .arg(report.attempts())
                                .arg(threshold));
        headlinePalette.setColor(QPalette::WindowText, VetoColor);
    } else {
        m_headline->setText(tr("Unavailable in %1 % of probes (%2 of %3): below the %4 % threshold")
                                .arg(percent(report.ratio()))
                                .arg(report.failures())
                                .arg(report.attempts())
                                .arg(threshold));
    }
    m_headline->setPalette(headlinePalette);

    QStringList notes;
    if (report.from().isValid())
        notes << tr("Window: %1 to %2, at least %3 probes a day, each allowed %4 s.")
                     .arg(report.from().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                          report.to().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                     .arg(rules.probesPerDay)
                     .arg(rules.probeTimeoutSeconds);
    if (report.from().isValid() && !report.isSufficient())
        notes << tr("Monitoring insufficient: %1 of %2 days had fewer than %3 probes. Keep the workbench "
                    "open or run 'xunjian-cli probe --all --if-due' hourly (cron or the systemd timer).")
                     .arg(report.shortDays())
                     .arg(report.days().size())
                     .arg(rules.probesPerDay);
    if (report.vantages().size() == 1)
        notes << tr("Probed only from %1: an outage of this network would count as the site being down; "
                    "probe from a second place too.")
                     .arg(report.vantages().first());
    else if (report.vantages().size() > 1)
        notes << tr("Probed from %1.").arg(report.vantages().join(QStringLiteral(", ")));
    m_note->setText(notes.join(QLatin1Char('\n')));
    m_note->setVisible(!notes.isEmpty());
    m_timeline->setReport(report);
}

} // namespace xj
