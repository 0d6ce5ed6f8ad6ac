// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QList>
#include <QScrollArea>

class QLabel;
class QVBoxLayout;

namespace xj {

/// The pages of a document one under another on a grey desk, each a white sheet with a soft
/// shadow ("previewPage1", "previewPage2", …), as a PDF viewer shows them. The zoom is a fraction
/// of the paper's real size on screen, or 0 to fit the width of the view.
class ReportPageView final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportPageView)
public:
    static constexpr double FitWidth = 0;
    /// The resolution pages should be rendered at for a sharp view up to 100 % on this screen, as a
    /// factor of the layout resolution (ReportTextDocument::LayoutDpi).
    double renderScale() const;

    explicit ReportPageView(QWidget *parent = nullptr);

    void setPages(const QList<QImage> &pages);
    /// Shows `text` instead of pages (while rendering, or why there is nothing to show).
    void setMessage(const QString &text);
    int pageCount() const { return int(m_pages.size()); }
    QLabel *pageLabel(int index) const { return m_labels.value(index); }
    void setZoom(double zoom);
    double zoom() const { return m_zoom; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void layoutPages();
    int pageWidth(const QImage &page) const;

    QWidget *m_desk;
    QVBoxLayout *m_layout;
    QLabel *m_message;
    QList<QImage> m_pages;
    QList<QLabel *> m_labels;
    double m_zoom = FitWidth;
    int m_laidOutWidth = -1;
};

} // namespace xj
