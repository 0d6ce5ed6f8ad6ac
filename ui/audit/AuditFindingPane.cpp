// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditFindingPane.h"

#include "evidence/EvidenceStore.h"

#include <QDir>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QPixmap>

namespace xj {

namespace {

constexpr int ThumbnailWidth = 200;
constexpr int ThumbnailHeight = 150;

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<b>%1</b> %2<br>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

AuditFindingPane::AuditFindingPane(const QString &dataDirectory, QWidget *parent)
    : QGroupBox(parent)
    , m_dataDirectory(dataDirectory)
    , m_text(new QLabel(this))
    , m_picture(new QLabel(this))
{
    // Text and picture side by side: the pane is short and wide under the table.
    auto *layout = new QHBoxLayout(this);
    m_text->setObjectName(QStringLiteral("findingDetails"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_picture->setObjectName(QStringLiteral("findingPicture"));
    m_picture->setMinimumSize(ThumbnailWidth, ThumbnailHeight);
    m_picture->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_picture, 0, Qt::AlignTop);
}

void AuditFindingPane::clear(const QString &sideName)
{
    setTitle(sideName);
    m_text->clear();
    m_picture->clear();
}

void AuditFindingPane::showFinding(const QString &sideName, const Finding *finding,
                                   const QList<Evidence> &evidence)
{
    clear(sideName);
    if (!finding) {
        m_text->setText(tr("<i>Nothing found here by this side.</i>"));
        return;
    }
    QString html = row(tr("Description:"), finding->description);
    html += row(tr("Item:"), finding->itemCode);
    html += row(tr("Page:"), finding->url);
    if (!finding->elementText.isEmpty())
        html += row(tr("Element text:"), finding->elementText);
    html += row(tr("Inspector:"), finding->inspector);

    const EvidenceStore store(m_dataDirectory);
    QStringList archives;
    bool pictureShown = false;
    for (const Evidence &e : evidence) {
        const QString path = store.absolutePathFor(e.sha256, e.fileSuffix);
        if (!e.isImage()) {
            archives.append(QStringLiteral("%1.%2").arg(e.sha256.left(12), e.fileSuffix));
            continue;
        }
        if (pictureShown)
            continue;
        QImageReader reader(path);
        reader.setAutoTransform(true);
        const QImage image = reader.read();
        if (image.isNull()) {
            m_picture->setText(tr("Picture missing from the evidence store"));
        } else {
            m_picture->setPixmap(QPixmap::fromImage(image.scaled(
                ThumbnailWidth, ThumbnailHeight, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
            m_picture->setToolTip(QDir::toNativeSeparators(path));
        }
        pictureShown = true;
    }
    if (!archives.isEmpty())
        html += row(tr("Archived pages:"), archives.join(QStringLiteral(", ")));
    if (!pictureShown)
        m_picture->setText(tr("No picture"));
    m_text->setText(html);
}

} // namespace xj
