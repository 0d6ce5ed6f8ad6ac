// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/StaticPageReader.h"

#include "checks/ChecksLogging.h"
#include "checks/hijack/InlineStyle.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <functional>
#include <gumbo.h>

namespace xj {

namespace {

QString attribute(const GumboElement &e, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&e.attributes, name);
    return a ? QString::fromUtf8(a->value) : QString();
}

bool hasAttribute(const GumboElement &e, const char *name)
{
    return gumbo_get_attribute(&e.attributes, name) != nullptr;
}

QString tagName(const GumboElement &e)
{
    if (e.tag != GUMBO_TAG_UNKNOWN)
        return QString::fromLatin1(gumbo_normalized_tagname(e.tag));
    GumboStringPiece piece = e.original_tag;
    gumbo_tag_from_original_text(&piece);
    return QString::fromUtf8(piece.data, qsizetype(piece.length)).toLower();
}

/// The attribute that points elsewhere, by element.
const char *urlAttribute(const QString &tag)
{
    static const QHash<QString, const char *> attributes{
        {QStringLiteral("a"), "href"},      {QStringLiteral("area"), "href"},
        {QStringLiteral("link"), "href"},   {QStringLiteral("img"), "src"},
        {QStringLiteral("script"), "src"},  {QStringLiteral("iframe"), "src"},
        {QStringLiteral("frame"), "src"},   {QStringLiteral("embed"), "src"},
        {QStringLiteral("source"), "src"},  {QStringLiteral("audio"), "src"},
        {QStringLiteral("video"), "src"},   {QStringLiteral("object"), "data"},
        {QStringLiteral("form"), "action"},
    };
    return attributes.value(tag, nullptr);
}

/// The text a reader is building up for one block element.
struct BlockBuilder
{
    TextBlock block;
    QList<int> links; ///< LinkFacts inside it, told their block index when it is flushed
    bool pendingSpace = false;
};

class Reader
{
public:
    Reader(PageSnapshot &page)
        : m_page(page)
    {}

    void walk(const GumboNode *node, const QString &selector, Concealments concealed, int depth,
              int position = 1);
    void flush();

    QUrl base;

private:
    void element(const GumboNode *node, const QString &selector, Concealments concealed, int depth,
                 int position);
    void addLink(const GumboElement &e, const QString &tag, const QString &selector, Concealments concealed);
    void head(const GumboElement &e, const QString &tag);

    PageSnapshot &m_page;
    QList<BlockBuilder> m_stack{BlockBuilder{}};
    qsizetype m_characters = 0;
};

void Reader::flush()
{
    BlockBuilder &b = m_stack.last();
    const QString text = b.block.text.trimmed();
    if (!text.isEmpty() && m_characters < StaticPageReader::MaxTextCharacters) {
        TextBlock block = b.block;
        block.text = text;
        m_characters += text.size();
        const int index = m_page.appendBlock(block);
        for (int link : std::as_const(b.links))
            m_page.links[link].block = index;
    }
    b.block.text.clear();
    b.links.clear();
    b.pendingSpace = false;
}

void Reader::walk(const GumboNode *node, const QString &selector, Concealments concealed, int depth,
                  int position)
{
    switch (node->type) {
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_CDATA:
    case GUMBO_NODE_WHITESPACE: {
        BlockBuilder &b = m_stack.last();
        StaticPageReader::appendCollapsed(b.block.text, QString::fromUtf8(node->v.text.text), b.pendingSpace);
        break;
    }
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE:
        element(node, selector, concealed, depth, position);
        break;
    default:
        break;
    }
}

void Reader::element(const GumboNode *node, const QString &parentSelector, Concealments concealed, int depth,
                     int position)
{
    const GumboElement &e = node->v.element;
    const QString tag = tagName(e);
    if (tag == QLatin1String("template") || tag == QLatin1String("noscript") || tag == QLatin1String("style"))
        return;
    if (tag == QLatin1String("script")) {
        if (hasAttribute(e, "src")) {
            addLink(e, tag, parentSelector, concealed);
        } else if (e.children.length > 0) {
            const auto *text = static_cast<const GumboNode *>(e.children.data[0]);
            if (text->type == GUMBO_NODE_TEXT || text->type == GUMBO_NODE_CDATA)
                m_page.inlineScripts.append(QString::fromUtf8(text->v.text.text));
        }
        return;
    }
    if (tag == QLatin1String("title")) {
        if (e.children.length > 0) {
            const auto *text = static_cast<const GumboNode *>(e.children.data[0]);
            if (text->type == GUMBO_NODE_TEXT)
                m_page.title = QString::fromUtf8(text->v.text.text).simplified();
        }
        return;
    }
    if (tag == QLatin1String("meta") || tag == QLatin1String("base")) {
        head(e, tag);
        return;
    }
    // The path selector of the capture tools: type and position (counted by the parent while it
    // walks its children), anchored at a (presumed unique) id.
    const QString id = attribute(e, "id");
    QString selector;
    if (tag == QLatin1String("html") || tag == QLatin1String("body") || tag == QLatin1String("head"))
        selector = tag;
    else if (!id.isEmpty() && !id.contains(QLatin1Char(' ')))
        selector = QLatin1Char('#') + id;
    else
        selector =
            parentSelector + QStringLiteral(" > ") + tag + QStringLiteral(":nth-of-type(%1)").arg(position);
    if (parentSelector == QLatin1String("html") && tag != QLatin1String("body") &&
        tag != QLatin1String("head"))
        selector = QStringLiteral("html > ") + tag + QStringLiteral(":nth-of-type(%1)").arg(position);
    concealed |= InlineStyle::fromAttributes(hasAttribute(e, "hidden"), attribute(e, "style"));

    if (urlAttribute(tag))
        addLink(e, tag, selector, concealed);
    if (tag == QLatin1String("br")) {
        m_stack.last().pendingSpace = true;
        return;
    }
    const bool block = StaticPageReader::isBlockTag(tag) && depth < StaticPageReader::MaxDepth;
    if (block) {
        flush();
        BlockBuilder b;
        b.block.selector = selector;
        b.block.tag = tag;
        b.block.concealed = concealed;
        m_stack.append(b);
    }
    if (depth < StaticPageReader::MaxDepth * 2) {
        QHash<QString, int> seen;
        for (unsigned i = 0; i < e.children.length; ++i) {
            const auto *child = static_cast<const GumboNode *>(e.children.data[i]);
            const int childPosition = child->type == GUMBO_NODE_ELEMENT || child->type == GUMBO_NODE_TEMPLATE
                                          ? ++seen[tagName(child->v.element)]
                                          : 1;
            walk(child, selector, concealed, depth + 1, childPosition);
        }
    }
    if (block) {
        flush();
        m_stack.removeLast();
        m_stack.last().pendingSpace = true;
    }
}

void Reader::head(const GumboElement &e, const QString &tag)
{
    if (tag == QLatin1String("base")) {
        const QUrl href(attribute(e, "href"));
        if (href.isValid() && base.isEmpty())
            base = m_page.url.resolved(href);
        return;
    }
    const QString content = attribute(e, "content");
    if (const QString name = attribute(e, "name"); !name.isEmpty())
        m_page.metas.insert(name.toLower(), content);
    else if (const QString property = attribute(e, "property"); !property.isEmpty())
        m_page.metas.insert(property.toLower(), content);
    else if (const QString equiv = attribute(e, "http-equiv"); !equiv.isEmpty()) {
        m_page.metas.insert(QStringLiteral("http-equiv:") + equiv.toLower(), content);
        if (equiv.compare(QLatin1String("refresh"), Qt::CaseInsensitive) == 0) {
            static const QRegularExpression target(QStringLiteral("url\\s*=\\s*['\"]?([^'\"]+)"),
                                                   QRegularExpression::CaseInsensitiveOption);
            if (const auto m = target.match(content); m.hasMatch()) {
                LinkFact link;
                link.tag = QStringLiteral("meta");
                link.attribute = QStringLiteral("content");
                link.rawUrl = m.captured(1).trimmed();
                link.url = (base.isEmpty() ? m_page.url : base).resolved(QUrl(link.rawUrl));
                link.selector = QStringLiteral("meta[http-equiv=\"refresh\"]");
                m_page.links.append(link);
            }
        }
    }
}

void Reader::addLink(const GumboElement &e, const QString &tag, const QString &selector,
                     Concealments concealed)
{
    const char *name = urlAttribute(tag);
    const QString raw = attribute(e, name).trimmed();
    if (raw.isEmpty() || raw.startsWith(QLatin1Char('#')))
        return;
    LinkFact link;
    link.tag = tag;
    link.attribute = QString::fromLatin1(name);
    link.rawUrl = raw;
    link.url = (base.isEmpty() ? m_page.url : base).resolved(QUrl(raw));
    link.selector = selector;
    link.concealed = concealed;
    if (tag == QLatin1String("img"))
        link.text = attribute(e, "alt");
    else if (tag == QLatin1String("a") || tag == QLatin1String("area")) {
        // The anchor's own text; the block it sits in gets the same text anyway.
        QString text;
        bool pending = false;
        std::function<void(const GumboNode *)> collect = [&](const GumboNode *n) {
            if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE)
                StaticPageReader::appendCollapsed(text, QString::fromUtf8(n->v.text.text), pending);
            else if (n->type == GUMBO_NODE_ELEMENT)
                for (unsigned i = 0; i < n->v.element.children.length; ++i)
                    collect(static_cast<const GumboNode *>(n->v.element.children.data[i]));
        };
        for (unsigned i = 0; i < e.children.length && text.size() < 500; ++i)
            collect(static_cast<const GumboNode *>(e.children.data[i]));
        link.text = text.isEmpty() ? attribute(e, "title") : text;
    }
    m_page.links.append(link);
    m_stack.last().links.append(int(m_page.links.size()) - 1);
}

} // namespace

bool StaticPageReader::isBlockTag(QStringView tag)
{
    static const QSet<QString> blocks{
        QStringLiteral("address"),    QStringLiteral("article"),  QStringLiteral("aside"),
        QStringLiteral("blockquote"), QStringLiteral("body"),     QStringLiteral("caption"),
        QStringLiteral("center"),     QStringLiteral("dd"),       QStringLiteral("details"),
        QStringLiteral("dialog"),     QStringLiteral("div"),      QStringLiteral("dl"),
        QStringLiteral("dt"),         QStringLiteral("fieldset"), QStringLiteral("figcaption"),
        QStringLiteral("figure"),     QStringLiteral("footer"),   QStringLiteral("form"),
        QStringLiteral("h1"),         QStringLiteral("h2"),       QStringLiteral("h3"),
        QStringLiteral("h4"),         QStringLiteral("h5"),       QStringLiteral("h6"),
        QStringLiteral("header"),     QStringLiteral("hr"),       QStringLiteral("html"),
        QStringLiteral("legend"),     QStringLiteral("li"),       QStringLiteral("main"),
        QStringLiteral("nav"),        QStringLiteral("ol"),       QStringLiteral("option"),
        QStringLiteral("p"),          QStringLiteral("pre"),      QStringLiteral("section"),
        QStringLiteral("summary"),    QStringLiteral("table"),    QStringLiteral("tbody"),
        QStringLiteral("td"),         QStringLiteral("tfoot"),    QStringLiteral("th"),
        QStringLiteral("thead"),      QStringLiteral("tr"),       QStringLiteral("ul"),
        QStringLiteral("select"),     QStringLiteral("textarea"),
    };
    return blocks.contains(tag.toString());
}

bool StaticPageReader::isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3000 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFF00 && u <= 0xFFEF);
}

void StaticPageReader::appendCollapsed(QString &to, QStringView text, bool &pendingSpace)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u' ' || u == u'\t' || u == u'\n' || u == u'\r' || u == u'\f' || u == 0x00A0) {
            pendingSpace = true;
            continue;
        }
        if (pendingSpace && !to.isEmpty() && !(isCjk(to.back()) && isCjk(c)))
            to.append(QLatin1Char(' '));
        pendingSpace = false;
        to.append(c);
    }
}

PageSnapshot StaticPageReader::read(const QString &html, const QUrl &url)
{
    PageSnapshot page;
    page.url = url;
    page.html = html;
    const QByteArray utf8 = html.toUtf8();
    GumboOutput *output =
        gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), std::size_t(utf8.size()));
    if (!output) {
        qCWarning(lcChecks) << "gumbo could not parse" << url;
        return page;
    }
    Reader reader(page);
    reader.walk(output->root, QStringLiteral("html"), {}, 0);
    reader.flush();
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    return page;
}

} // namespace xj
