// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidence/HtmlVisibleText.h"

#include <QRegularExpression>

namespace xj {

namespace {

struct NamedEntity
{
    const char *name;
    char16_t character;
};

// The entities Chinese government pages use in practice (punctuation, spaces, symbols).
constexpr NamedEntity NamedEntities[] = {
    {"amp", u'&'},         {"lt", u'<'},          {"gt", u'>'},         {"quot", u'"'},
    {"apos", u'\''},       {"nbsp", u'\u00A0'},   {"ensp", u'\u2002'},  {"emsp", u'\u2003'},
    {"thinsp", u'\u2009'}, {"copy", u'\u00A9'},   {"reg", u'\u00AE'},   {"middot", u'\u00B7'},
    {"bull", u'\u2022'},   {"hellip", u'\u2026'}, {"mdash", u'\u2014'}, {"ndash", u'\u2013'},
    {"ldquo", u'\u201C'},  {"rdquo", u'\u201D'},  {"lsquo", u'\u2018'}, {"rsquo", u'\u2019'},
    {"laquo", u'\u00AB'},  {"raquo", u'\u00BB'},  {"times", u'\u00D7'}, {"divide", u'\u00F7'},
    {"yen", u'\u00A5'},    {"deg", u'\u00B0'},
};

QString entityText(QStringView name)
{
    if (name.startsWith(u'#')) {
        bool ok = false;
        const bool hex = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X');
        const uint code = hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return {};
        const char32_t character = code;
        return QString::fromUcs4(&character, 1);
    }
    for (const NamedEntity &e : NamedEntities) {
        if (name == QLatin1String(e.name))
            return QString(QChar(e.character));
    }
    return {};
}

} // namespace

QString HtmlVisibleText::decodeEntities(QStringView text)
{
    static const QRegularExpression entity(
        QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});"));
    QString out;
    qsizetype last = 0;
    for (auto it = entity.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        const QString decoded = entityText(m.capturedView(1));
        out += decoded.isEmpty() ? m.capturedView(0) : QStringView(decoded);
        last = m.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

QString HtmlVisibleText::fromHtml(const QString &html)
{
    using RE = QRegularExpression;
    static const RE comments(QStringLiteral("<!--.*?-->"), RE::DotMatchesEverythingOption);
    static const RE invisible(QStringLiteral("<(script|style|template|noscript|title)\\b[^>]*>.*?</\\1\\s*>"),
                              RE::DotMatchesEverythingOption | RE::CaseInsensitiveOption);
    static const RE blockTags(
        QStringLiteral("</?(address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|"
                       "figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|option|p|pre|"
                       "section|table|td|th|tr|ul)\\b[^>]*>"),
        RE::CaseInsensitiveOption);
    static const RE otherTags(QStringLiteral("</?[a-zA-Z!?][^>]*>"));

    QString text = html;
    text.remove(comments);
    text.remove(invisible);
    text.replace(blockTags, QStringLiteral(" "));
    text.remove(otherTags);
    return decodeEntities(text).simplified();
}

} // namespace xj
