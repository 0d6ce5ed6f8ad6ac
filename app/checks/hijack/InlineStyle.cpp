// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/hijack/InlineStyle.h"

#include <QHash>
#include <QRegularExpression>

#include <cmath>
#include <optional>

namespace xj {

namespace {

/// How far outside the page an element must be put to count as hidden. Layout tweaks move things
/// by a few dozen pixels; hiding tricks use -999px, -9999px or -9999em.
constexpr double offScreenPx = -500;
/// A box this small with overflow:hidden shows nothing readable.
constexpr double tinyBoxPx = 2;
/// Sum of the channel differences under which a text colour reads as its background.
constexpr int sameColourTolerance = 24;

using Declarations = QHash<QString, QString>;

/// Splits at `separator` outside parentheses and quotes, so rgb(0,0,0) and url("a;b") stay whole.
QStringList splitTopLevel(QStringView text, bool (*isSeparator)(QChar))
{
    QStringList parts;
    int depth = 0;
    QChar quote;
    qsizetype from = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'(') {
            ++depth;
        } else if (c == u')') {
            depth = qMax(0, depth - 1);
        } else if (depth == 0 && isSeparator(c)) {
            if (i > from)
                parts.append(text.sliced(from, i - from).toString());
            from = i + 1;
        }
    }
    if (from < text.size())
        parts.append(text.sliced(from).toString());
    return parts;
}

Declarations parseDeclarations(QStringView style)
{
    static const QRegularExpression comment(QStringLiteral("/\\*.*?(\\*/|$)"),
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression important(QStringLiteral("\\s*!\\s*important\\s*$"));
    QString text = style.toString().toLower();
    text.remove(comment);
    Declarations declarations;
    const QStringList parts = splitTopLevel(text, [](QChar c) { return c == u';'; });
    for (const QString &part : parts) {
        const qsizetype colon = part.indexOf(u':');
        if (colon <= 0)
            continue;
        QString value = part.mid(colon + 1);
        value.remove(important);
        declarations.insert(part.left(colon).trimmed(), value.simplified());
    }
    return declarations;
}

QStringList tokens(QStringView value)
{
    return splitTopLevel(value, [](QChar c) { return c.isSpace() || c == u','; });
}

struct Length
{
    double value = 0;
    bool percent = false;
    double px() const { return value; }
};

/// A CSS length in pixels (percentages kept as such); font-relative units at a 16px font.
std::optional<Length> parseLength(QStringView token)
{
    static const QRegularExpression number(QStringLiteral("^([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+))([a-z%]*)$"));
    const auto m = number.match(token.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    static const QHash<QString, double> pxPerUnit{
        {QString(), 1},
        {QStringLiteral("px"), 1},
        {QStringLiteral("pt"), 4.0 / 3},
        {QStringLiteral("pc"), 16},
        {QStringLiteral("em"), 16},
        {QStringLiteral("rem"), 16},
        {QStringLiteral("ex"), 8},
        {QStringLiteral("ch"), 8},
        {QStringLiteral("in"), 96},
        {QStringLiteral("cm"), 37.8},
        {QStringLiteral("mm"), 3.78},
        {QStringLiteral("vw"), 13.66},
        {QStringLiteral("vh"), 7.68},
        {QStringLiteral("vmin"), 7.68},
        {QStringLiteral("vmax"), 13.66},
    };
    const double n = m.captured(1).toDouble();
    const QString unit = m.captured(2);
    if (unit == QLatin1String("%"))
        return Length{n, true};
    const auto it = pxPerUnit.constFind(unit);
    if (it == pxPerUnit.cend())
        return std::nullopt;
    return Length{n * it.value(), false};
}

bool isZeroLength(const QString &value)
{
    const auto l = parseLength(value);
    return l && l->value == 0;
}

/// Whether a width or height keeps the box at most a couple of pixels (but not zero: that is
/// reported as ZeroSize on its own).
bool isTinyLength(const QString &value)
{
    const auto l = parseLength(value);
    return l && !l->percent && l->value > 0 && l->value <= tinyBoxPx;
}

bool isFarNegative(const QString &value)
{
    const auto l = parseLength(tokens(value).value(0));
    return l && !l->percent && l->value <= offScreenPx;
}

struct Colour
{
    int r = 0, g = 0, b = 0;
    double alpha = 1;
};

std::optional<Colour> parseColour(const QString &token)
{
    static const QHash<QString, uint> names{
        {QStringLiteral("black"), 0x000000},      {QStringLiteral("white"), 0xffffff},
        {QStringLiteral("red"), 0xff0000},        {QStringLiteral("green"), 0x008000},
        {QStringLiteral("blue"), 0x0000ff},       {QStringLiteral("yellow"), 0xffff00},
        {QStringLiteral("gray"), 0x808080},       {QStringLiteral("grey"), 0x808080},
        {QStringLiteral("silver"), 0xc0c0c0},     {QStringLiteral("maroon"), 0x800000},
        {QStringLiteral("navy"), 0x000080},       {QStringLiteral("purple"), 0x800080},
        {QStringLiteral("teal"), 0x008080},       {QStringLiteral("olive"), 0x808000},
        {QStringLiteral("lime"), 0x00ff00},       {QStringLiteral("aqua"), 0x00ffff},
        {QStringLiteral("cyan"), 0x00ffff},       {QStringLiteral("fuchsia"), 0xff00ff},
        {QStringLiteral("magenta"), 0xff00ff},    {QStringLiteral("orange"), 0xffa500},
        {QStringLiteral("whitesmoke"), 0xf5f5f5}, {QStringLiteral("snow"), 0xfffafa},
        {QStringLiteral("lightgray"), 0xd3d3d3},  {QStringLiteral("lightgrey"), 0xd3d3d3},
        {QStringLiteral("darkgray"), 0xa9a9a9},   {QStringLiteral("darkgrey"), 0xa9a9a9},
    };
    if (token == QLatin1String("transparent"))
        return Colour{0, 0, 0, 0};
    if (const auto it = names.constFind(token); it != names.cend())
        return Colour{int(it.value() >> 16), int((it.value() >> 8) & 0xff), int(it.value() & 0xff), 1};
    static const QRegularExpression hex(QStringLiteral("^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$"));
    if (const auto m = hex.match(token); m.hasMatch()) {
        QString h = m.captured(1);
        if (h.size() <= 4) { // #rgb(a) → #rrggbb(aa)
            QString wide;
            for (const QChar c : std::as_const(h))
                wide += QString(2, c);
            h = wide;
        }
        const double alpha = h.size() == 8 ? h.mid(6, 2).toInt(nullptr, 16) / 255.0 : 1;
        return Colour{h.mid(0, 2).toInt(nullptr, 16), h.mid(2, 2).toInt(nullptr, 16),
                      h.mid(4, 2).toInt(nullptr, 16), alpha};
    }
    static const QRegularExpression rgb(QStringLiteral("^rgba?\\(([^)]*)\\)$"));
    if (const auto m = rgb.match(token); m.hasMatch()) {
        static const QRegularExpression separators(QStringLiteral("[\\s,/]+"));
        const QStringList parts = m.captured(1).split(separators, Qt::SkipEmptyParts);
        if (parts.size() < 3)
            return std::nullopt;
        auto channel = [](const QString &p, double scale) {
            return p.endsWith(u'%') ? p.chopped(1).toDouble() * scale / 100 : p.toDouble();
        };
        return Colour{int(std::lround(channel(parts[0], 255))), int(std::lround(channel(parts[1], 255))),
                      int(std::lround(channel(parts[2], 255))), parts.size() > 3 ? channel(parts[3], 1) : 1};
    }
    return std::nullopt;
}

/// The colour of `background` (its colour layer) or `background-color`, whichever comes last is
/// unknown after parsing, so background-color wins as the more specific one.
std::optional<Colour> backgroundColour(const Declarations &d)
{
    if (const auto c = parseColour(d.value(QStringLiteral("background-color"))))
        return c;
    for (const QString &t : tokens(d.value(QStringLiteral("background")))) {
        if (const auto c = parseColour(t))
            return c;
    }
    return std::nullopt;
}

bool nearlyEqual(const Colour &a, const Colour &b)
{
    return std::abs(a.r - b.r) + std::abs(a.g - b.g) + std::abs(a.b - b.b) <= sameColourTolerance;
}

/// clip: rect(top, right, bottom, left) that leaves no area; "auto" is the box's own edge.
bool clipsEverything(const QString &clip)
{
    static const QRegularExpression rect(QStringLiteral("^rect\\(([^)]*)\\)$"));
    const auto m = rect.match(clip);
    if (!m.hasMatch())
        return false;
    const QStringList edges = tokens(m.captured(1));
    if (edges.size() != 4)
        return false;
    auto edge = [&](int i) {
        return parseLength(edges.at(i));
    };
    const auto top = edge(0), right = edge(1), bottom = edge(2), left = edge(3);
    return (top && bottom && bottom->value <= top->value) || (left && right && right->value <= left->value);
}

/// clip-path: inset() that meets in the middle, or a circle/ellipse of radius 0.
bool clipPathHidesAll(const QString &clipPath)
{
    static const QRegularExpression shape(QStringLiteral("^(inset|circle|ellipse)\\(([^)]*)\\)"));
    const auto m = shape.match(clipPath);
    if (!m.hasMatch())
        return false;
    QStringList args = tokens(m.captured(2));
    if (m.captured(1) != QLatin1String("inset"))
        return !args.isEmpty() && isZeroLength(args.first());
    args = args.mid(0, qMin<qsizetype>(4, args.indexOf(QStringLiteral("round")) < 0
                                              ? args.size()
                                              : args.indexOf(QStringLiteral("round"))));
    if (args.isEmpty())
        return false;
    // CSS shorthand expansion: top, right = top, bottom = top, left = right.
    const QString top = args.value(0), right = args.value(1, top), bottom = args.value(2, top),
                  left = args.value(3, right);
    auto percentSum = [](const QString &a, const QString &b) {
        const auto la = parseLength(a), lb = parseLength(b);
        return la && lb && la->percent && lb->percent ? la->value + lb->value : 0.0;
    };
    return percentSum(top, bottom) >= 100 || percentSum(left, right) >= 100;
}

bool scalesToNothing(const QString &transform)
{
    static const QRegularExpression scale(QStringLiteral("scale(x|y|3d)?\\(([^)]*)\\)"));
    for (auto it = scale.globalMatch(transform); it.hasNext();) {
        const auto m = it.next();
        const QStringList factors = tokens(m.captured(2));
        // scale(0) and scale(0, 1) both flatten the box; scale3d's z factor does not.
        const qsizetype n = m.captured(1) == QLatin1String("3d") ? 2 : factors.size();
        for (qsizetype i = 0; i < qMin(n, factors.size()); ++i) {
            if (isZeroLength(factors.at(i)))
                return true;
        }
    }
    return false;
}

bool translatesOffScreen(const QString &transform)
{
    static const QRegularExpression translate(QStringLiteral("translate(x|y|3d)?\\(([^)]*)\\)"));
    for (auto it = translate.globalMatch(transform); it.hasNext();) {
        for (const QString &t : tokens(it.next().captured(2))) {
            if (isFarNegative(t))
                return true;
        }
    }
    return false;
}

/// `font: 0/0 a` is the classic way to make text vanish; the size is the token with the '/'.
bool fontShorthandIsZero(const QString &font)
{
    for (const QString &t : tokens(font)) {
        const QString size = t.section(u'/', 0, 0);
        if (isZeroLength(size))
            return true;
    }
    return false;
}

Concealments evaluate(const Declarations &d)
{
    Concealments flags;
    auto has = [&](const char *property, const char *value) {
        return d.value(QLatin1String(property)) == QLatin1String(value);
    };
    auto value = [&](const char *property) {
        return d.value(QLatin1String(property));
    };

    if (has("display", "none"))
        flags |= Concealment::DisplayNone;
    if (has("visibility", "hidden") || has("visibility", "collapse"))
        flags |= Concealment::VisibilityHidden;

    if (isZeroLength(value("width")) || isZeroLength(value("height")))
        flags |= Concealment::ZeroSize;
    if (clipsEverything(value("clip")) || clipPathHidesAll(value("clip-path")) ||
        scalesToNothing(value("transform")) || isZeroLength(value("scale")))
        flags |= Concealment::ZeroSize;

    bool overflowHidden = false;
    for (const char *p : {"overflow", "overflow-x", "overflow-y"}) {
        const QStringList t = tokens(value(p));
        overflowHidden |= t.contains(QStringLiteral("hidden")) || t.contains(QStringLiteral("clip"));
    }
    if (overflowHidden) {
        for (const char *p : {"width", "height", "max-width", "max-height"}) {
            if (isTinyLength(value(p)) || (p[0] == 'm' && isZeroLength(value(p))))
                flags |= Concealment::TinyOverflowBox;
        }
        if (isZeroLength(value("line-height")))
            flags |= Concealment::TinyOverflowBox;
    }

    const QString position = value("position");
    if (position == QLatin1String("absolute") || position == QLatin1String("fixed") ||
        position == QLatin1String("relative")) {
        for (const char *p : {"left", "top", "right", "bottom"}) {
            if (isFarNegative(value(p)))
                flags |= Concealment::OffScreen;
        }
    }
    if (isFarNegative(value("text-indent")) || isFarNegative(value("margin-left")) ||
        isFarNegative(value("margin-top")) || translatesOffScreen(value("transform")))
        flags |= Concealment::OffScreen;

    if (isZeroLength(value("font-size")) || fontShorthandIsZero(value("font")))
        flags |= Concealment::FontSizeZero;

    if (const auto o = parseLength(value("opacity")); o && o->value <= 0)
        flags |= Concealment::Transparent;
    if (const auto text = parseColour(value("color"))) {
        if (text->alpha <= 0)
            flags |= Concealment::Transparent;
        else if (const auto back = backgroundColour(d); back && back->alpha > 0 && nearlyEqual(*text, *back))
            flags |= Concealment::SameColour;
    }
    return flags;
}

} // namespace

Concealments InlineStyle::concealment(QStringView styleAttribute)
{
    if (styleAttribute.trimmed().isEmpty())
        return {};
    return evaluate(parseDeclarations(styleAttribute));
}

Concealments InlineStyle::fromAttributes(bool hiddenAttribute, QStringView style)
{
    // Most elements have no style at all: skip the parsing (it runs for every element of every
    // crawled page).
    if (style.trimmed().isEmpty())
        return hiddenAttribute ? Concealments(Concealment::DisplayNone) : Concealments();
    const Declarations d = parseDeclarations(style);
    Concealments flags = evaluate(d);
    // The hidden attribute is only a user-agent display:none, so an inline display wins over it.
    if (hiddenAttribute && !d.contains(QStringLiteral("display")))
        flags |= Concealment::DisplayNone;
    return flags;
}

} // namespace xj
