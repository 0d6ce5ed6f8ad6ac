// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Evidence.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QPixmap>

namespace xj {

/// The evidence files of one finding or account record as thumbnails with a caption such as
/// "Screenshot · Visible area · 14:02". An original screenshot that has an annotated copy is not
/// listed on its own: the viewer reaches it through the copy ("Show original"). Thumbnails are
/// read through the store on first display, so an altered or missing file shows a warning sign.
class EvidenceListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceListModel)
public:
    enum Role {
        EvidenceIdRole = Qt::UserRole + 1,
        IntactRole, ///< false when the file is missing, altered or unreadable
    };

    /// Thumbnails fit this box (device-independent pixels).
    static constexpr QSize ThumbnailSize{160, 100};

    explicit EvidenceListModel(const QString &dataDirectory, QObject *parent = nullptr);

    /// `evidence` in display order, originals included: they are kept for originalOf().
    void setEvidence(const QList<Evidence> &evidence);
    const Evidence &evidenceAt(int row) const { return m_listed.at(row); }
    /// The row showing `evidenceId`, or -1; an original maps to the row of its annotated copy.
    int rowOf(qint64 evidenceId) const;
    /// The untouched screenshot an annotated copy was drawn on; nullptr when it is not known.
    const Evidence *originalOf(const Evidence &annotated) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QString captionOf(const Evidence &evidence);

private:
    struct Preview
    {
        QPixmap thumbnail;
        bool intact = true;
        QString problem;
    };
    const Preview &previewOf(const Evidence &evidence) const;
    QPixmap thumbnailOf(const Evidence &evidence, const QByteArray &bytes) const;

    QString m_dataDirectory;
    QList<Evidence> m_all;
    QList<Evidence> m_listed;
    mutable QHash<qint64, Preview> m_previews;
};

} // namespace xj
