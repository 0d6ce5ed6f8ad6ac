// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EnumTable.h"

#include <QColor>
#include <QLineF>
#include <QList>
#include <QRectF>
#include <QString>

namespace xj {

/// One mark an inspector put on a screenshot, as plain data so that it can be stored, compared
/// and rendered again without a window (reports, training material). Coordinates are logical
/// pixels of the screenshot: on a high-DPI capture with devicePixelRatio 2 the point (10, 10) is
/// device pixel (20, 20).
struct Annotation
{
    enum class Kind {
        Rectangle, ///< outline of `rect` in `color`
        Arrow,     ///< from `line.p1()` to a head at `line.p2()`
        Text,      ///< `text` with its top-left corner at `rect.topLeft()`
        Highlight, ///< `rect` tinted with `color`, like a text marker
        Pixelate,  ///< `rect` made unreadable in coarse blocks; `color` is not used
        Cover,     ///< `rect` filled solid with `color`, for data whose very shape must go
    };

    Kind kind = Kind::Rectangle;
    QRectF rect;
    QLineF line;
    QColor color;
    QString text;

    /// Redactions destroy pixels; they are applied before anything is drawn on top of them.
    bool isRedaction() const { return kind == Kind::Pixelate || kind == Kind::Cover; }

    friend bool operator==(const Annotation &a, const Annotation &b)
    {
        return a.kind == b.kind && a.rect == b.rect && a.line == b.line && a.color == b.color &&
               a.text == b.text;
    }
};

inline constexpr EnumTable<Annotation::Kind, 6> AnnotationKinds{
    "xj::Annotation",
    {{{Annotation::Kind::Rectangle, "rectangle", QT_TRANSLATE_NOOP("xj::Annotation", "Rectangle")},
      {Annotation::Kind::Arrow, "arrow", QT_TRANSLATE_NOOP("xj::Annotation", "Arrow")},
      {Annotation::Kind::Text, "text", QT_TRANSLATE_NOOP("xj::Annotation", "Text")},
      {Annotation::Kind::Highlight, "highlight", QT_TRANSLATE_NOOP("xj::Annotation", "Highlight")},
      {Annotation::Kind::Pixelate, "pixelate", QT_TRANSLATE_NOOP("xj::Annotation", "Pixelate")},
      {Annotation::Kind::Cover, "cover", QT_TRANSLATE_NOOP("xj::Annotation", "Cover")}}}};

} // namespace xj
