// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/pdf/PdfTextRepair.h"

#include <QFont>
#include <QMutex>
#include <QRawFont>

namespace xj {

namespace {

constexpr char32_t RadicalsFirst = 0x2E80;
constexpr char32_t RadicalsLast = 0x2FDF;

bool isRadical(char32_t c)
{
    return c >= RadicalsFirst && c <= RadicalsLast;
}

// The unified ideographs the radicals can share a glyph with, most common block first so the
// ordinary character wins over an extension-A variant.
QHash<char32_t, char32_t> mapForFamily(const QString &family)
{
    QHash<char32_t, char32_t> map;
    const QRawFont raw = QRawFont::fromFont(QFont(family));
    if (!raw.isValid())
        return map;
    auto glyphsOf = [&raw](char32_t first, char32_t last) {
        QString text;
        for (char32_t c = first; c <= last; ++c)
            text += QChar(char16_t(c));
        return std::pair(text, raw.glyphIndexesForString(text));
    };
    QHash<quint32, char32_t> ideographByGlyph;
    for (auto [first, last] : {std::pair<char32_t, char32_t>{0x4E00, 0x9FFF}, {0x3400, 0x4DBF}}) {
        const auto [text, glyphs] = glyphsOf(first, last);
        for (qsizetype i = 0; i < glyphs.size() && i < text.size(); ++i) {
            if (glyphs.at(i) != 0 && !ideographByGlyph.contains(glyphs.at(i)))
                ideographByGlyph.insert(glyphs.at(i), first + char32_t(i));
        }
    }
    const auto [radicals, glyphs] = glyphsOf(RadicalsFirst, RadicalsLast);
    for (qsizetype i = 0; i < glyphs.size() && i < radicals.size(); ++i) {
        auto it = ideographByGlyph.constFind(glyphs.at(i));
        if (glyphs.at(i) != 0 && it != ideographByGlyph.constEnd())
            map.insert(RadicalsFirst + char32_t(i), it.value());
    }
    return map;
}

// Rewrites the 4-digit destinations of one map line from `from` to `end`, after skipping the
// `skip` source codes at its start (two in a bfrange line, one in a bfchar line).
int repairLine(QByteArray &pdf, qsizetype from, qsizetype end, int skip, const QHash<char32_t, char32_t> &map)
{
    int changed = 0;
    int token = 0;
    for (qsizetype i = pdf.indexOf('<', from); i >= 0 && i < end; i = pdf.indexOf('<', i + 1)) {
        const qsizetype close = pdf.indexOf('>', i);
        if (close < 0 || close > end)
            break;
        if (token++ < skip || close - i != 5)
            continue;
        bool hex = false;
        const char32_t code = pdf.mid(i + 1, 4).toUInt(&hex, 16);
        auto it = map.constFind(code);
        if (!hex || !isRadical(code) || it == map.constEnd())
            continue;
        const QByteArray replacement =
            QByteArray::number(uint(it.value()), 16).toUpper().rightJustified(4, '0');
        pdf.replace(i + 1, 4, replacement);
        ++changed;
    }
    return changed;
}

} // namespace

QHash<char32_t, char32_t> PdfTextRepair::radicalMap(const QStringList &families)
{
    static QMutex mutex;
    static QHash<QString, QHash<char32_t, char32_t>> cache;
    QHash<char32_t, char32_t> map;
    for (const QString &family : families) {
        QMutexLocker lock(&mutex);
        auto it = cache.find(family);
        if (it == cache.end())
            it = cache.insert(family, mapForFamily(family));
        for (auto m = it.value().cbegin(); m != it.value().cend(); ++m) {
            if (!map.contains(m.key()))
                map.insert(m.key(), m.value());
        }
    }
    return map;
}

int PdfTextRepair::repair(QByteArray &pdf, const QHash<char32_t, char32_t> &map)
{
    if (map.isEmpty())
        return 0;
    int changed = 0;
    for (auto [begin, finish, skip] :
         {std::tuple{"beginbfrange", "endbfrange", 2}, {"beginbfchar", "endbfchar", 1}}) {
        for (qsizetype at = pdf.indexOf(begin); at >= 0; at = pdf.indexOf(begin, at + 1)) {
            const qsizetype stop = pdf.indexOf(finish, at);
            if (stop < 0)
                break;
            for (qsizetype line = pdf.indexOf('\n', at) + 1; line > 0 && line < stop;) {
                qsizetype next = pdf.indexOf('\n', line);
                if (next < 0 || next > stop)
                    next = stop;
                changed += repairLine(pdf, line, next, skip, map);
                line = next + 1;
            }
        }
    }
    return changed;
}

} // namespace xj
