// SPDX-License-Identifier: GPL-3.0-or-later
#include "imaging/AnnotationJson.h"

#include <QJsonObject>

#include <array>
#include <optional>

namespace xj {

namespace {

QJsonArray numbers(std::initializer_list<qreal> values)
{
    QJsonArray array;
    for (qreal v : values)
        array.append(v);
    return array;
}

// Four numbers or nothing: a short or non-numeric array is a damaged record, not zeros.
std::optional<std::array<qreal, 4>> fourNumbers(const QJsonValue &value)
{
    const QJsonArray array = value.toArray();
    if (array.size() != 4)
        return std::nullopt;
    std::array<qreal, 4> out{};
    for (int i = 0; i < 4; ++i) {
        if (!array.at(i).isDouble())
            return std::nullopt;
        out[i] = array.at(i).toDouble();
    }
    return out;
}

} // namespace

QJsonArray AnnotationJson::toJson(const QList<Annotation> &annotations)
{
    QJsonArray array;
    for (const Annotation &a : annotations) {
        QJsonObject object{{QStringLiteral("kind"), AnnotationKinds.code(a.kind)}};
        if (a.kind == Annotation::Kind::Arrow)
            object.insert(QStringLiteral("line"),
                          numbers({a.line.x1(), a.line.y1(), a.line.x2(), a.line.y2()}));
        else
            object.insert(QStringLiteral("rect"),
                          numbers({a.rect.x(), a.rect.y(), a.rect.width(), a.rect.height()}));
        if (a.color.isValid())
            object.insert(QStringLiteral("color"), a.color.name(QColor::HexArgb));
        if (a.kind == Annotation::Kind::Text)
            object.insert(QStringLiteral("text"), a.text);
        array.append(object);
    }
    return array;
}

Result<QList<Annotation>> AnnotationJson::fromJson(const QJsonArray &array)
{
    QList<Annotation> out;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        const QString kindCode = object.value(QStringLiteral("kind")).toString();
        const auto kind = AnnotationKinds.fromCode(kindCode);
        const bool isArrow = kind == Annotation::Kind::Arrow;
        const auto geometry =
            fourNumbers(object.value(isArrow ? QStringLiteral("line") : QStringLiteral("rect")));
        if (!kind || !geometry) {
            return Error{tr("Annotation %1 of the screenshot could not be read, so the annotations were not "
                            "loaded. The screenshot itself is unchanged; draw the annotations again.")
                             .arg(i + 1),
                         tr("kind \"%1\", known kinds: %2; the position needs four numbers")
                             .arg(kindCode, AnnotationKinds.codeList())};
        }
        Annotation a;
        a.kind = *kind;
        const auto &[x, y, w, h] = *geometry;
        if (isArrow)
            a.line = QLineF(x, y, w, h);
        else
            a.rect = QRectF(x, y, w, h);
        a.color = QColor::fromString(object.value(QStringLiteral("color")).toString());
        a.text = object.value(QStringLiteral("text")).toString();
        out.append(a);
    }
    return out;
}

} // namespace xj
