// SPDX-License-Identifier: GPL-3.0-or-later
#include "recheck/RecheckBeforePane.h"

#include "evidence/EvidenceFile.h"
#include "evidence/ImageZoomView.h"
#include "lifecycle/FindingLifecycle.h"
#include "recheck/RecheckLogging.h"
#include "storage/EvidenceRepository.h"

#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace xj {

namespace {

QString paragraph(const QString &label, const QString &text)
{
    return QStringLiteral("<p><b>%1</b> %2</p>")
        .arg(label.toHtmlEscaped(), text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
}

} // namespace

RecheckBeforePane::RecheckBeforePane(const Database &database, const QString &dataDirectory, QWidget *parent)
    : QGroupBox(tr("Before: when the problem was found"), parent)
    , m_db(database)
    , m_dataDirectory(dataDirectory)
    , m_stack(new QStackedWidget(this))
    , m_image(new ImageZoomView(this))
    , m_placeholder(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("recheckBeforePane"));
    m_image->setObjectName(QStringLiteral("recheckBeforeImage"));
    m_placeholder->setObjectName(QStringLiteral("recheckBeforePlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_stack->addWidget(m_image);
    m_stack->addWidget(m_placeholder);
    m_text->setObjectName(QStringLiteral("recheckBeforeText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    // A long feedback must not squeeze the picture: the text scrolls on its own.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_text);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMaximumHeight(170);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack, 1);
    layout->addWidget(scroll);
}

const Evidence *RecheckBeforePane::originalPicture(const QList<Evidence> &evidence)
{
    const Evidence *screenshot = nullptr;
    const Evidence *other = nullptr;
    for (const Evidence &e : evidence) {
        if (!e.isImage() || e.atRecheck)
            continue;
        if (e.kind == EvidenceKind::Annotated)
            return &e; // what the inspector pointed out is what the unit was asked to correct
        if (e.kind == EvidenceKind::Screenshot && !screenshot)
            screenshot = &e;
        else if (!other)
            other = &e;
    }
    return screenshot ? screenshot : other;
}

void RecheckBeforePane::showFinding(const Finding &finding)
{
    auto evidence = EvidenceRepository(m_db).forFinding(finding.id);
    if (!evidence) {
        m_shownId = 0;
        m_placeholder->setText(evidence.error().message);
        m_stack->setCurrentWidget(m_placeholder);
    } else {
        showPicture(evidence.value());
    }
    m_text->setText(describe(finding));
}

void RecheckBeforePane::showPicture(const QList<Evidence> &evidence)
{
    const Evidence *picture = originalPicture(evidence);
    m_shownId = picture ? picture->id : 0;
    if (!picture) {
        m_image->clear();
        m_placeholder->setText(tr("The finding has no screenshot. Compare the page with the description "
                                  "below."));
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    const EvidenceFile file = EvidenceFile::read(m_dataDirectory, *picture);
    QImage image;
    if (file.isIntact())
        image = QImage::fromData(file.bytes());
    if (image.isNull()) {
        qCWarning(lcRecheck) << "before picture" << picture->id << "not shown:" << file.error().message;
        m_image->clear();
        m_placeholder->setText(file.isIntact()
                                   ? tr("The screenshot cannot be decoded.")
                                   : file.warningTitle() + QStringLiteral(". ") + file.error().message);
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    image.setDevicePixelRatio(picture->devicePixelRatio > 0 ? picture->devicePixelRatio : 1.0);
    m_image->setImage(image);
    m_image->fitToView();
    m_stack->setCurrentWidget(m_image);
}

QString RecheckBeforePane::describe(const Finding &finding) const
{
    QString html = paragraph(tr("Problem:"),
                             finding.description.isEmpty() ? tr("(no description)") : finding.description);
    if (!finding.elementText.isEmpty())
        html += paragraph(tr("On the page:"), QStringLiteral("“%1”").arg(finding.elementText));
    const QLocale locale;
    html +=
        paragraph(tr("Found:"), tr("%1 by %2")
                                    .arg(locale.toString(finding.foundAt.toLocalTime(), QLocale::ShortFormat),
                                         finding.inspector.isEmpty() ? tr("unknown") : finding.inspector));
    auto feedback = FindingLifecycle(m_db, m_dataDirectory).feedback(finding.id);
    if (!feedback) {
        html += paragraph(tr("Unit's feedback:"), feedback.error().message);
    } else if (feedback.value().isEmpty()) {
        html += paragraph(tr("Unit's feedback:"), tr("none received"));
    } else {
        for (const StoredFeedback &f : feedback.value()) {
            QString body = f.record.body.isEmpty() ? tr("(no text)") : f.record.body;
            if (!f.attachments.isEmpty())
                body += QLatin1Char(' ') + tr("(%n attached file(s))", nullptr, int(f.attachments.size()));
            html += paragraph(
                tr("Unit's feedback of %1:").arg(locale.toString(f.record.receivedOn, QLocale::ShortFormat)),
                body);
        }
    }
    return html;
}

} // namespace xj
