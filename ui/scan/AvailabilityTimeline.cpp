// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/AvailabilityTimeline.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace xj {

namespace {

constexpr int LeftMargin = 34;
constexpr int RightMargin = 8;
constexpr int TopMargin = 8;
constexpr int BottomMargin = 22;
const QColor AvailableColor(0x66, 0xa8, 0x6a);
const QColor FailedColor(0xd3, 0x2f, 0x2f);
const QColor ShortDayColor(0xef, 0x8f, 0x00);

} // namespace

AvailabilityTimeline::AvailabilityTimeline(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("availabilityTimeline"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void AvailabilityTimeline::setReport(const AvailabilityReport &report)
{
    m_days = report.days();
    m_required = report.rules().probesPerDay;
    update();
}

QSize AvailabilityTimeline::sizeHint() const
{
    return {LeftMargin + RightMargin + 48 * std::max<int>(7, int(m_days.size())), 180};
}

QSize AvailabilityTimeline::minimumSizeHint() const
{
    return {LeftMargin + RightMargin + 14 * std::max<int>(7, int(m_days.size())), 110};
}

QRect AvailabilityTimeline::plotArea() const
{
    return rect().adjusted(LeftMargin, TopMargin, -RightMargin, -BottomMargin);
}

int AvailabilityTimeline::scaleMaximum() const
{
    int most = m_required;
    for (const auto &d : m_days)
        most = std::max(most, d.attempts);
    // A little headroom above the tallest bar, so the "needed" line never sits on the frame.
    return std::max(1, most + most / 8 + 1);
}

QRect AvailabilityTimeline::barRect(int index) const
{
    const QRect plot = plotArea();
    if (m_days.isEmpty() || index < 0 || index >= m_days.size())
        return {};
    const double slot = double(plot.width()) / double(m_days.size());
    const int width = std::max(3, int(slot * 0.6));
    const int left = plot.left() + int(slot * index + (slot - width) / 2);
    const int height = int(double(plot.height()) * m_days.at(index).attempts / scaleMaximum());
    return {left, plot.bottom() - height + 1, width, height};
}

int AvailabilityTimeline::dayAt(const QPoint &pos) const
{
    const QRect plot = plotArea();
    if (m_days.isEmpty() || pos.x() < plot.left() || pos.x() > plot.right() || pos.y() > rect().bottom())
        return -1;
    const double slot = double(plot.width()) / double(m_days.size());
    return std::clamp(int((pos.x() - plot.left()) / slot), 0, int(m_days.size()) - 1);
}

QString AvailabilityTimeline::dayText(int index) const
{
    if (index < 0 || index >= m_days.size())
        return {};
    const auto &d = m_days.at(index);
    const QString range = tr("%1 to %2")
                              .arg(d.from.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                   d.to.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    QString text = tr("%1\n%2 attempts, %3 failed").arg(range).arg(d.attempts).arg(d.failures);
    if (d.attempts > 0)
        text += tr(" (%1 %)").arg(100.0 * d.failures / d.attempts, 0, 'f', 1);
    if (d.attempts < m_required)
        text += QLatin1Char('\n') + tr("Fewer than the %1 probes a day needs.").arg(m_required);
    return text;
}

bool AvailabilityTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = dayAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), dayText(index), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void AvailabilityTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QRect plot = plotArea();
    const QColor text = palette().color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlpha(60);

    p.setPen(grid);
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    if (m_days.isEmpty()) {
        p.setPen(text);
        p.drawText(plot, Qt::AlignCenter, tr("No monitoring window"));
        return;
    }
    const int maximum = scaleMaximum();
    const auto yFor = [&](int attempts) {
        return plot.bottom() - int(double(plot.height()) * attempts / maximum);
    };

    // The attempts a day needs, with its number on the axis.
    if (m_required > 0) {
        QPen dashed(text, 1, Qt::DashLine);
        p.setPen(dashed);
        const int y = yFor(m_required);
        p.drawLine(plot.left(), y, plot.right(), y);
        p.drawText(QRect(0, y - 8, LeftMargin - 4, 16), Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(m_required));
    }

    const QFontMetrics metrics = fontMetrics();
    const double slot = double(plot.width()) / double(m_days.size());
    // Label every day when there is room, otherwise every second or third.
    const int labelEvery =
        std::max(1, int(std::ceil(metrics.horizontalAdvance(QStringLiteral("00-00 ")) / slot)));
    for (int i = 0; i < m_days.size(); ++i) {
        const auto &d = m_days.at(i);
        const QRect bar = barRect(i);
        if (d.attempts > 0) {
            const int failedHeight = int(double(bar.height()) * d.failures / d.attempts);
            p.fillRect(QRect(bar.left(), bar.top(), bar.width(), bar.height() - failedHeight),
                       AvailableColor);
            if (failedHeight > 0 || d.failures > 0)
                p.fillRect(QRect(bar.left(), bar.bottom() - std::max(1, failedHeight) + 1, bar.width(),
                                 std::max(1, failedHeight)),
                           FailedColor);
        }
        if (d.attempts < m_required) {
            p.setPen(QPen(ShortDayColor, 1, Qt::DotLine));
            const int top = yFor(m_required);
            p.drawRect(QRect(bar.left(), top, bar.width() - 1, plot.bottom() - top));
        }
        if (i % labelEvery == 0) {
            p.setPen(text);
            const QString date = d.date.toString(QStringLiteral("MM-dd"));
            const int width = metrics.horizontalAdvance(date) + 4;
            const int center = plot.left() + int(slot * (i + 0.5));
            p.drawText(QRect(center - width / 2, plot.bottom() + 3, width, BottomMargin - 3),
                       Qt::AlignHCenter | Qt::AlignTop, date);
        }
    }
}

} // namespace xj
