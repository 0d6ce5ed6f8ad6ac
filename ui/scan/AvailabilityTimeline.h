// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probe/AvailabilityReport.h"

#include <QWidget>

namespace xj {

/// The monitoring window as one bar per day: the bar's height is the day's attempts, its red part
/// the failed ones, and a dashed line marks the attempts a day needs; a day below that line is
/// outlined, because its ratio rests on too few probes. Hovering a bar shows its numbers.
class AvailabilityTimeline final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AvailabilityTimeline)
public:
    explicit AvailabilityTimeline(QWidget *parent = nullptr);

    void setReport(const AvailabilityReport &report);
    /// The day whose bar is at `pos`, or -1.
    int dayAt(const QPoint &pos) const;
    /// What the tooltip of day `index` says.
    QString dayText(int index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QRect plotArea() const;
    QRect barRect(int index) const;
    int scaleMaximum() const;

    QList<AvailabilityReport::Day> m_days;
    int m_required = 0;
};

} // namespace xj
