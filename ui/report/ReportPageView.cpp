// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportPageView.h"

#include "report/pdf/ReportTextDocument.h"

#include <QGraphicsDropShadowEffect>
#include <QLabel>
#include <QResizeEvent>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace xj {

namespace {
constexpr int DeskMargin = 24;
constexpr int PageGap = 18;
// The paper's real size on a screen of 96 logical dots per inch.
constexpr double ScreenDpi = 96.0;
} // namespace

ReportPageView::ReportPageView(QWidget *parent)
    : QScrollArea(parent)
    , m_desk(new QWidget(this))
    , m_layout(new QVBoxLayout(m_desk))
    , m_message(new QLabel(m_desk))
{
    setObjectName(QStringLiteral("previewPages"));
    m_desk->setObjectName(QStringLiteral("previewDesk"));
    m_desk->setAutoFillBackground(true);
    QPalette desk = m_desk->palette();
    desk.setColor(QPalette::Window, QColor(0xd5, 0xd8, 0xdc));
    m_desk->setPalette(desk);
    m_layout->setContentsMargins(DeskMargin, DeskMargin, DeskMargin, DeskMargin);
    m_layout->setSpacing(PageGap);
    m_layout->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_message->setObjectName(QStringLiteral("previewMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMinimumWidth(320);
    m_layout->addWidget(m_message);
    setWidget(m_desk);
    setWidgetResizable(true);
    setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    verticalScrollBar()->setSingleStep(40);
}

double ReportPageView::renderScale() const
{
    // Sharp at 100 % on this screen, never more than the layout resolution itself.
    return std::min(1.0, ScreenDpi * devicePixelRatioF() / ReportTextDocument::LayoutDpi);
}

void ReportPageView::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ReportPageView::setPages(const QList<QImage> &pages)
{
    m_pages = pages;
    while (m_labels.size() > m_pages.size())
        delete m_labels.takeLast();
    while (m_labels.size() < m_pages.size()) {
        auto *label = new QLabel(m_desk);
        label->setObjectName(QStringLiteral("previewPage%1").arg(m_labels.size() + 1));
        label->setAlignment(Qt::AlignCenter);
        // A sheet of paper on the desk: a thin edge and a soft shadow below it.
        label->setStyleSheet(QStringLiteral("QLabel { background: white; border: 1px solid #b8bcc2; }"));
        auto *shadow = new QGraphicsDropShadowEffect(label);
        shadow->setBlurRadius(14);
        shadow->setOffset(0, 3);
        shadow->setColor(QColor(0, 0, 0, 70));
        label->setGraphicsEffect(shadow);
        m_layout->addWidget(label, 0, Qt::AlignHCenter);
        label->show(); // at once, not when the layout gets round to it
        m_labels.append(label);
    }
    m_laidOutWidth = -1;
    layoutPages();
}

void ReportPageView::setZoom(double zoom)
{
    m_zoom = zoom;
    m_laidOutWidth = -1;
    layoutPages();
}

int ReportPageView::pageWidth(const QImage &page) const
{
    if (m_zoom > 0) {
        const double inches = page.width() / (page.dotsPerMeterX() * 0.0254);
        return std::max(1, int(std::lround(inches * ScreenDpi * m_zoom)));
    }
    const int scrollBar = verticalScrollBar()->isVisible() ? 0 : verticalScrollBar()->sizeHint().width();
    return std::max(200, viewport()->width() - scrollBar - 2 * DeskMargin - 2);
}

void ReportPageView::layoutPages()
{
    const int width = m_pages.isEmpty() ? 0 : pageWidth(m_pages.first());
    if (width == m_laidOutWidth)
        return;
    m_laidOutWidth = width;
    const double ratio = devicePixelRatioF();
    for (int i = 0; i < m_pages.size(); ++i) {
        const QImage &page = m_pages.at(i);
        const int height = int(std::lround(double(width) * page.height() / page.width()));
        QPixmap pixmap = QPixmap::fromImage(
            page.scaled(QSize(width, height) * ratio, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
        pixmap.setDevicePixelRatio(ratio);
        m_labels.at(i)->setPixmap(pixmap);
        m_labels.at(i)->setFixedSize(width + 2, height + 2);
    }
}

void ReportPageView::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    if (m_zoom == FitWidth)
        layoutPages();
}

} // namespace xj
