// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence/EvidenceListModel.h"

#include "evidence/EvidenceFile.h"

#include <QApplication>
#include <QIcon>
#include <QImage>
#include <QLocale>
#include <QSet>
#include <QStyle>

namespace xj {

namespace {

constexpr int IconSide = 48;

QPixmap iconPixmap(const QIcon &icon)
{
    return icon.pixmap(QSize(IconSide, IconSide), qApp->devicePixelRatio());
}

} // namespace

EvidenceListModel::EvidenceListModel(const QString &dataDirectory, QObject *parent)
    : QAbstractListModel(parent)
    , m_dataDirectory(dataDirectory)
{}

void EvidenceListModel::setEvidence(const QList<Evidence> &evidence)
{
    beginResetModel();
    m_all = evidence;
    m_listed.clear();
    m_previews.clear();
    QSet<qint64> annotatedOriginals;
    for (const Evidence &e : evidence) {
        if (e.kind == EvidenceKind::Annotated && e.originalId)
            annotatedOriginals.insert(e.originalId);
    }
    for (const Evidence &e : evidence) {
        if (!annotatedOriginals.contains(e.id))
            m_listed.append(e);
    }
    endResetModel();
}

int EvidenceListModel::rowOf(qint64 evidenceId) const
{
    for (int row = 0; row < m_listed.size(); ++row) {
        const Evidence &e = m_listed.at(row);
        if (e.id == evidenceId || (e.kind == EvidenceKind::Annotated && e.originalId == evidenceId))
            return row;
    }
    return -1;
}

const Evidence *EvidenceListModel::originalOf(const Evidence &annotated) const
{
    if (annotated.kind != EvidenceKind::Annotated || !annotated.originalId)
        return nullptr;
    for (const Evidence &e : m_all) {
        if (e.id == annotated.originalId)
            return &e;
    }
    return nullptr;
}

int EvidenceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_listed.size());
}

QVariant EvidenceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Evidence &e = m_listed.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return e.caption.isEmpty() ? captionOf(e) : captionOf(e) + QLatin1Char('\n') + e.caption;
    case Qt::DecorationRole:
        return previewOf(e).thumbnail;
    case Qt::ToolTipRole: {
        const Preview &preview = previewOf(e);
        const QString when = QLocale().toString(e.capturedAt.toLocalTime(), QLocale::LongFormat);
        return preview.intact ? when : preview.problem;
    }
    case EvidenceIdRole:
        return e.id;
    case IntactRole:
        return previewOf(e).intact;
    default:
        return {};
    }
}

QString EvidenceListModel::captionOf(const Evidence &evidence)
{
    QStringList parts{EvidenceKinds.label(evidence.kind)};
    if (evidence.captureMode != CaptureMode::None && evidence.captureMode != CaptureMode::Upload)
        parts.append(CaptureModes.label(evidence.captureMode));
    const QDateTime local = evidence.capturedAt.toLocalTime();
    // Evidence of one finding is usually taken in one sitting: the time tells the files apart, the
    // date only matters for evidence from another day (a re-check).
    const bool today = local.date() == QDate::currentDate();
    parts.append(local.toString(today ? QStringLiteral("HH:mm") : QStringLiteral("MM-dd HH:mm")));
    return parts.join(QStringLiteral(" · "));
}

const EvidenceListModel::Preview &EvidenceListModel::previewOf(const Evidence &evidence) const
{
    auto found = m_previews.constFind(evidence.id);
    if (found != m_previews.constEnd())
        return *found;
    Preview preview;
    const EvidenceFile file = EvidenceFile::read(m_dataDirectory, evidence);
    preview.intact = file.isIntact();
    if (!preview.intact) {
        preview.problem = file.warningTitle();
        preview.thumbnail = iconPixmap(qApp->style()->standardIcon(QStyle::SP_MessageBoxWarning));
    } else {
        preview.thumbnail = thumbnailOf(evidence, file.bytes());
    }
    return *m_previews.insert(evidence.id, preview);
}

QPixmap EvidenceListModel::thumbnailOf(const Evidence &evidence, const QByteArray &bytes) const
{
    const QPixmap generic = iconPixmap(
        QIcon::fromTheme(QStringLiteral("text-html"), qApp->style()->standardIcon(QStyle::SP_FileIcon)));
    if (!evidence.isImage())
        return generic;
    QImage image = QImage::fromData(bytes);
    if (image.isNull())
        return generic;
    // A full-page screenshot is many times taller than wide; its top says more than a sliver.
    const double boxRatio = double(ThumbnailSize.height()) / ThumbnailSize.width();
    const int tallest = int(image.width() * boxRatio);
    if (image.height() > tallest)
        image = image.copy(0, 0, image.width(), tallest);
    const double ratio = qApp->devicePixelRatio();
    QImage scaled = image.scaled(ThumbnailSize * ratio, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    scaled.setDevicePixelRatio(ratio);
    return QPixmap::fromImage(scaled);
}

} // namespace xj
