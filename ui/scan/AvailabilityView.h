// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probe/AvailabilityReport.h"

#include <QWidget>

class QLabel;

namespace xj {

class AvailabilityTimeline;

/// A site's availability (W-V2) at a glance: the failure ratio of the monitoring window against
/// the veto threshold as a headline — red when it is a veto — a note when the monitoring has too
/// few probes to be relied on or comes from a single vantage point, and the timeline of the window.
class AvailabilityView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AvailabilityView)
public:
    explicit AvailabilityView(QWidget *parent = nullptr);

    void setReport(const AvailabilityReport &report);
    const AvailabilityReport &report() const { return m_report; }

    QLabel *headline() const { return m_headline; }
    QLabel *note() const { return m_note; }
    AvailabilityTimeline *timeline() const { return m_timeline; }

private:
    AvailabilityReport m_report;
    QLabel *m_headline;
    QLabel *m_note;
    AvailabilityTimeline *m_timeline;
};

} // namespace xj
