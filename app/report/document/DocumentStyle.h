// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "report/document/ReportDocument.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QMap>
#include <QMarginsF>
#include <QMutex>
#include <QSizeF>
#include <QStringList>

#include <memory>

namespace xj {

/// How one kind of text looks: a font class (仿宋, 黑体 …, see FontClass), a size in points, and the
/// paragraph's alignment, indents and spacing. Indents count characters of the text's own size,
/// as 公文 practice does ("首行缩进2字符"); spacing before and after counts lines of the
/// document's line pitch.
struct TextStyle
{
    QString fontClass;
    double sizePt = 16;
    Qt::Alignment alignment = Qt::AlignLeft;
    QColor color = Qt::black;
    double indentChars = 0;      ///< first line
    double rightIndentChars = 0; ///< 成文日期 "右空四字"
    double spaceBeforeLines = 0;
    double spaceAfterLines = 0;
    double lineSpacingPt = 0; ///< 0: the document's line pitch
};

/// A class of fonts the standard names (小标宋, 仿宋, 黑体, 楷体, 宋体): the families to try in order
/// (the office's own fonts first, then free ones Debian ships, such as Noto Serif CJK), the name a
/// Word file declares with its alternative, and whether a fallback family is set in bold so a
/// plain serif looks like the heavy 小标宋.
struct FontClass
{
    QString id;
    QStringList families;
    QString docxName;
    QString docxAltName;
    bool fallbackBold = false;
};

/// The page layout and type of exported notices and reports after GB/T 9704-2012: A4, 版心
/// 156 × 225 mm (top 37, left 28 mm), 22 lines of 28 characters, 3号仿宋 body, 2号小标宋 title,
/// "— 1 —" page numbers 7 mm below the text block on the outer side. It is data
/// (resources/templates/official-style.json); an office overrides it with a copy in
/// <data folder>/templates/.
class DocumentStyle
{
    Q_DECLARE_TR_FUNCTIONS(xj::DocumentStyle)
public:
    static constexpr const char *FileName = "official-style.json";

    /// The copy in `<dataDirectory>/templates/` when there is one, else the bundled style.
    static Result<DocumentStyle> load(const QString &dataDirectory);
    static DocumentStyle bundled();
    static Result<DocumentStyle> parse(const QByteArray &json, const QString &source);

    QSizeF pageSizeMm() const { return m_pageSizeMm; }
    QMarginsF marginsMm() const { return m_marginsMm; }
    double lineSpacingPt() const { return m_lineSpacingPt; }

    const TextStyle &style(BlockRole role) const;
    const TextStyle &tableText() const { return m_tableText; }
    const TextStyle &tableHeader() const { return m_tableHeader; }
    const TextStyle &pageNumber() const { return m_pageNumber; }
    /// "— %1 —": %1 is the page number.
    QString pageNumberText(int page) const { return m_pageNumberFormat.arg(page); }
    double pageNumberBelowBodyMm() const { return m_pageNumberBelowMm; }
    /// Odd pages right, even pages left (both "空一字"), as for double-sided printing.
    bool pageNumberOutside() const { return m_pageNumberOutside; }
    QColor ruleColor() const { return m_ruleColor; }
    double ruleThicknessPt() const { return m_ruleThicknessPt; }

    FontClass fontClass(const QString &id) const { return m_fontClasses.value(id); }
    QStringList fontClassIds() const { return m_fontClasses.keys(); }
    /// The first family of the class that is installed, or the last one listed when none is.
    QString resolvedFamily(const QString &fontClassId) const;
    /// The font for a text style, at its point size, bold when the class says so for a fallback.
    QFont font(const TextStyle &style) const;

private:
    static Result<TextStyle> parseTextStyle(const QJsonObject &object, const QString &where,
                                            const QHash<QString, FontClass> &classes);

    QSizeF m_pageSizeMm{210, 297};
    QMarginsF m_marginsMm{28, 37, 26, 35};
    double m_lineSpacingPt = 28.95;
    QMap<BlockRole, TextStyle> m_roles;
    TextStyle m_tableText;
    TextStyle m_tableHeader;
    TextStyle m_pageNumber;
    QString m_pageNumberFormat = QStringLiteral("— %1 —");
    double m_pageNumberBelowMm = 7;
    bool m_pageNumberOutside = true;
    QColor m_ruleColor{0xd4, 0, 0};
    double m_ruleThicknessPt = 1.5;
    QHash<QString, FontClass> m_fontClasses;
    /// Font class → installed family, looked up on first use (the font database needs a running
    /// QGuiApplication, which parsing a style does not). Shared by copies and locked, because the
    /// export writes documents on several threads with copies of one style.
    struct ResolvedFamilies
    {
        QMutex mutex;
        QHash<QString, QString> families;
    };
    std::shared_ptr<ResolvedFamilies> m_resolved = std::make_shared<ResolvedFamilies>();
};

} // namespace xj
