// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/document/DocumentStyle.h"

#include "report/ReportLogging.h"

#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace xj {

namespace {

constexpr const char *BundledPath = ":/templates/official-style.json";

struct RoleName
{
    BlockRole role;
    const char *name;
};
constexpr RoleName RoleNames[] = {
    {BlockRole::Banner, "banner"},     {BlockRole::DocNumber, "docNumber"},
    {BlockRole::Title, "title"},       {BlockRole::Addressee, "addressee"},
    {BlockRole::Body, "body"},         {BlockRole::Heading1, "heading1"},
    {BlockRole::Heading2, "heading2"}, {BlockRole::Signature, "signature"},
    {BlockRole::Date, "date"},         {BlockRole::Note, "note"},
    {BlockRole::Caption, "caption"},
};

Qt::Alignment alignmentFrom(const QString &name)
{
    if (name == QLatin1String("center"))
        return Qt::AlignHCenter;
    if (name == QLatin1String("right"))
        return Qt::AlignRight;
    if (name == QLatin1String("justify"))
        return Qt::AlignJustify;
    return Qt::AlignLeft;
}

} // namespace

Result<DocumentStyle> DocumentStyle::load(const QString &dataDirectory)
{
    const QString local =
        QDir(dataDirectory).filePath(QStringLiteral("templates/") + QLatin1String(FileName));
    if (dataDirectory.isEmpty() || !QFile::exists(local))
        return bundled();
    QFile file(local);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The document style %1 cannot be read. Check its permissions or remove it to use "
                        "the built-in style.")
                         .arg(QDir::toNativeSeparators(local)),
                     file.errorString()};
    return parse(file.readAll(), QDir::toNativeSeparators(local));
}

DocumentStyle DocumentStyle::bundled()
{
    QFile file{QLatin1String(BundledPath)};
    file.open(QIODevice::ReadOnly);
    auto style = parse(file.readAll(), QLatin1String(BundledPath));
    Q_ASSERT_X(style.ok(), "DocumentStyle", qPrintable(style ? QString() : style.error().fullText()));
    return style ? style.value() : DocumentStyle();
}

Result<TextStyle> DocumentStyle::parseTextStyle(const QJsonObject &o, const QString &where,
                                                const QHash<QString, FontClass> &classes)
{
    TextStyle s;
    s.fontClass = o.value(QLatin1String("font")).toString();
    if (!classes.contains(s.fontClass))
        return Error{
            tr("\"%1\" uses the font class \"%2\", which the style does not define.").arg(where, s.fontClass),
            {}};
    s.sizePt = o.value(QLatin1String("sizePt")).toDouble(16);
    if (s.sizePt < 4 || s.sizePt > 96)
        return Error{
            tr("\"%1\" has a font size of %2 pt; use a size between 4 and 96.").arg(where).arg(s.sizePt), {}};
    s.alignment = alignmentFrom(o.value(QLatin1String("align")).toString());
    if (o.contains(QLatin1String("color")))
        s.color = QColor::fromString(o.value(QLatin1String("color")).toString());
    if (!s.color.isValid())
        return Error{tr("\"%1\" has a colour that is not a colour such as #d40000.").arg(where), {}};
    s.indentChars = o.value(QLatin1String("indentChars")).toDouble();
    s.rightIndentChars = o.value(QLatin1String("rightIndentChars")).toDouble();
    s.spaceBeforeLines = o.value(QLatin1String("spaceBeforeLines")).toDouble();
    s.spaceAfterLines = o.value(QLatin1String("spaceAfterLines")).toDouble();
    s.lineSpacingPt = o.value(QLatin1String("lineSpacingPt")).toDouble();
    return s;
}

Result<DocumentStyle> DocumentStyle::parse(const QByteArray &json, const QString &source)
{
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError || root.isEmpty())
        return Error{tr("The document style %1 is not valid JSON. Fix the file or remove it to use the "
                        "built-in style.")
                         .arg(source),
                     parseError.errorString()};
    DocumentStyle style;
    const QJsonObject page = root.value(QLatin1String("page")).toObject();
    style.m_pageSizeMm = {page.value(QLatin1String("widthMm")).toDouble(210),
                          page.value(QLatin1String("heightMm")).toDouble(297)};
    style.m_marginsMm = {page.value(QLatin1String("leftMm")).toDouble(28),
                         page.value(QLatin1String("topMm")).toDouble(37),
                         page.value(QLatin1String("rightMm")).toDouble(26),
                         page.value(QLatin1String("bottomMm")).toDouble(35)};
    const QSizeF body(style.m_pageSizeMm.width() - style.m_marginsMm.left() - style.m_marginsMm.right(),
                      style.m_pageSizeMm.height() - style.m_marginsMm.top() - style.m_marginsMm.bottom());
    if (body.width() < 50 || body.height() < 50)
        return Error{
            tr("The page and margins in %1 leave less than 5 cm for the text. Check \"page\".").arg(source),
            {}};
    style.m_lineSpacingPt = root.value(QLatin1String("lineSpacingPt")).toDouble(28.95);

    const QJsonObject classes = root.value(QLatin1String("fontClasses")).toObject();
    for (auto it = classes.begin(); it != classes.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        FontClass fc;
        fc.id = it.key();
        for (const QJsonValue &family : o.value(QLatin1String("families")).toArray())
            fc.families.append(family.toString());
        fc.docxName = o.value(QLatin1String("docx")).toString(fc.families.value(0));
        fc.docxAltName = o.value(QLatin1String("docxAlt")).toString();
        fc.fallbackBold = o.value(QLatin1String("fallbackBold")).toBool();
        if (fc.families.isEmpty())
            return Error{tr("The font class \"%1\" in %2 lists no font families.").arg(fc.id, source), {}};
        style.m_fontClasses.insert(fc.id, fc);
    }

    const QJsonObject roles = root.value(QLatin1String("roles")).toObject();
    auto textStyle = [&](const char *name) -> Result<TextStyle> {
        const QString key = QLatin1String(name);
        if (!roles.contains(key))
            return Error{tr("The document style %1 does not define the text style \"%2\".").arg(source, key),
                         {}};
        return parseTextStyle(roles.value(key).toObject(), key, style.m_fontClasses);
    };
    for (const RoleName &r : RoleNames) {
        auto s = textStyle(r.name);
        if (!s)
            return s.error();
        style.m_roles.insert(r.role, s.value());
    }
    for (auto [name, target] :
         {std::pair{"tableText", &style.m_tableText}, {"tableHeader", &style.m_tableHeader}}) {
        auto s = textStyle(name);
        if (!s)
            return s.error();
        *target = s.value();
    }
    const QJsonObject number = root.value(QLatin1String("pageNumber")).toObject();
    auto pageNumber = parseTextStyle(number, QStringLiteral("pageNumber"), style.m_fontClasses);
    if (!pageNumber)
        return pageNumber.error();
    style.m_pageNumber = pageNumber.value();
    style.m_pageNumberFormat = number.value(QLatin1String("format")).toString(QStringLiteral("— %1 —"));
    if (!style.m_pageNumberFormat.contains(QLatin1String("%1")))
        return Error{tr("The page number format in %1 must contain %2 where the number goes.")
                         .arg(source, QStringLiteral("%1")),
                     {}};
    style.m_pageNumberBelowMm = number.value(QLatin1String("belowBodyMm")).toDouble(7);
    style.m_pageNumberOutside = number.value(QLatin1String("outside")).toBool(true);
    const QJsonObject rule = root.value(QLatin1String("rule")).toObject();
    style.m_ruleColor =
        QColor::fromString(rule.value(QLatin1String("color")).toString(QStringLiteral("#d40000")));
    style.m_ruleThicknessPt = rule.value(QLatin1String("thicknessPt")).toDouble(1.5);
    return style;
}

const TextStyle &DocumentStyle::style(BlockRole role) const
{
    static const TextStyle plain;
    auto it = m_roles.constFind(role == BlockRole::Rule ? BlockRole::Body : role);
    return it == m_roles.constEnd() ? plain : it.value();
}

QString DocumentStyle::resolvedFamily(const QString &fontClassId) const
{
    QMutexLocker lock(&m_resolved->mutex);
    auto cached = m_resolved->families.constFind(fontClassId);
    if (cached != m_resolved->families.constEnd())
        return cached.value();
    const FontClass fc = m_fontClasses.value(fontClassId);
    const QStringList installed = QFontDatabase::families();
    QString family = fc.families.value(fc.families.size() - 1);
    for (const QString &candidate : fc.families) {
        if (installed.contains(candidate, Qt::CaseInsensitive)) {
            family = candidate;
            break;
        }
    }
    qCDebug(lcReport) << "font class" << fontClassId << "→" << family;
    m_resolved->families.insert(fontClassId, family);
    return family;
}

QFont DocumentStyle::font(const TextStyle &style) const
{
    const FontClass fc = m_fontClasses.value(style.fontClass);
    const QString family = resolvedFamily(style.fontClass);
    QFont f(family);
    f.setPointSizeF(style.sizePt);
    // 小标宋 is a heavy face; a regular serif in its place would look too light for a title.
    f.setBold(fc.fallbackBold && !fc.families.isEmpty() && family != fc.families.first());
    f.setStyleStrategy(QFont::PreferOutline);
    return f;
}

} // namespace xj
