// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "imaging/Annotation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>

namespace xj {

/// Annotations as JSON, to keep them next to the unannotated screenshot and render them again
/// later. Each one is an object with a stable "kind" code (AnnotationKinds), "color" as
/// "#aarrggbb", and "rect" [x, y, width, height] or "line" [x1, y1, x2, y2] in logical pixels,
/// plus "text" for labels.
class AnnotationJson final
{
    Q_DECLARE_TR_FUNCTIONS(xj::AnnotationJson)
public:
    static QJsonArray toJson(const QList<Annotation> &annotations);
    static Result<QList<Annotation>> fromJson(const QJsonArray &array);
};

} // namespace xj
