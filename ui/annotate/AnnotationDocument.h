// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imaging/Annotation.h"

#include <QImage>
#include <QList>
#include <QObject>

namespace xj {

/// The screenshot being annotated: the untouched original, the annotations in the order they
/// were made, and the original rendered with them. The editor's undo commands change it; the
/// canvas shows it.
class AnnotationDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationDocument)
public:
    explicit AnnotationDocument(const QImage &original, QObject *parent = nullptr);

    const QImage &original() const { return m_original; }
    /// The screenshot's size in logical pixels, the unit of every annotation coordinate.
    QSizeF logicalSize() const;
    const QList<Annotation> &annotations() const { return m_annotations; }
    bool hasRedactions() const;
    /// The original with every annotation on it, kept up to date on each change.
    const QImage &rendered() const { return m_rendered; }

    void append(const Annotation &annotation);
    void removeLast();

signals:
    void changed();

private:
    void rerender();

    const QImage m_original;
    QList<Annotation> m_annotations;
    QImage m_rendered;
};

} // namespace xj
