// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence/EvidenceInfoLabel.h"

#include <QLocale>

namespace xj {

namespace {

QString line(const QStringList &parts)
{
    QStringList present;
    for (const QString &p : parts) {
        if (!p.isEmpty())
            present.append(p);
    }
    return present.join(QStringLiteral(" · "));
}

} // namespace

EvidenceInfoLabel::EvidenceInfoLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::RichText);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Addresses are not links here: opening one would leave the recorded evidence for the live site.
    setOpenExternalLinks(false);
}

void EvidenceInfoLabel::setEvidence(const Evidence &evidence)
{
    setText(describe(evidence));
}

QString EvidenceInfoLabel::describe(const Evidence &evidence)
{
    const QLocale locale;
    QStringList lines;

    QString address;
    if (!evidence.pageUrl.isEmpty())
        address = tr("Page: %1").arg(evidence.pageUrl.toHtmlEscaped());
    if (!evidence.finalUrl.isEmpty() && evidence.finalUrl != evidence.pageUrl)
        address = line({address, tr("Final address: %1").arg(evidence.finalUrl.toHtmlEscaped())});
    const QString status = evidence.httpStatus ? tr("HTTP %1").arg(evidence.httpStatus) : QString();
    if (const QString first = line({address, status}); !first.isEmpty())
        lines.append(first);

    const QString when =
        evidence.capturedAt.isValid()
            ? tr("Captured %1")
                  .arg(evidence.capturedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
            : QString();
    const QString dimensions = evidence.isImage() && evidence.width > 0
                                   ? tr("%1 × %2 px").arg(evidence.width).arg(evidence.height)
                                   : QString();
    lines.append(line(
        {EvidenceKinds.label(evidence.kind), when, locale.formattedDataSize(evidence.size), dimensions}));

    if (evidence.capped) {
        // The cap is a page height in CSS pixels; the image is in device pixels.
        const int cssHeight = qRound(evidence.height / std::max(1.0, evidence.devicePixelRatio));
        lines.append(QStringLiteral("<span style=\"color:#b35c00\">%1</span>")
                         .arg(tr("Capped at %1 px: the page is longer than what this screenshot shows.")
                                  .arg(cssHeight)));
    }
    lines.append(tr("SHA-256: %1").arg(QStringLiteral("<tt>%1</tt>").arg(evidence.sha256.toHtmlEscaped())));
    return lines.join(QStringLiteral("<br>"));
}

} // namespace xj
