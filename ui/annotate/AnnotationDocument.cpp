// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotate/AnnotationDocument.h"

#include "imaging/AnnotationRenderer.h"

#include <algorithm>

namespace xj {

AnnotationDocument::AnnotationDocument(const QImage &original, QObject *parent)
    : QObject(parent)
    , m_original(original)
    , m_rendered(original)
{}

QSizeF AnnotationDocument::logicalSize() const
{
    return m_original.deviceIndependentSize();
}

bool AnnotationDocument::hasRedactions() const
{
    return std::any_of(m_annotations.cbegin(), m_annotations.cend(),
                       [](const Annotation &a) { return a.isRedaction(); });
}

void AnnotationDocument::append(const Annotation &annotation)
{
    m_annotations.append(annotation);
    rerender();
}

void AnnotationDocument::removeLast()
{
    if (m_annotations.isEmpty())
        return;
    m_annotations.removeLast();
    rerender();
}

void AnnotationDocument::rerender()
{
    // Rendering from the original each time is what makes undo exact: a pixelated area comes
    // back as it was, not as a blur of its blocks.
    m_rendered = m_annotations.isEmpty() ? m_original : AnnotationRenderer::render(m_original, m_annotations);
    emit changed();
}

} // namespace xj
