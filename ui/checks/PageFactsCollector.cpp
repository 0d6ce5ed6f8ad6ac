// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/PageFactsCollector.h"

#include "checks/ChecksLogging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineView>

namespace xj {

namespace {

const QString &factsScript()
{
    static const QString source = [] {
        QFile file(QStringLiteral(":/checks/pagefacts.js"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCCritical(lcChecks) << "page facts script missing from the resources";
            return QString();
        }
        return QString::fromUtf8(file.readAll());
    }();
    return source;
}

QString json(const QJsonValue &value)
{
    // A JSON value is a JavaScript expression; wrapped in an array so scalars serialise too.
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

QRectF boxOf(const QVariantMap &map)
{
    return QRectF(map.value(QStringLiteral("x")).toDouble(), map.value(QStringLiteral("y")).toDouble(),
                  map.value(QStringLiteral("w")).toDouble(), map.value(QStringLiteral("h")).toDouble());
}

Concealments concealmentsOf(const QVariantMap &map)
{
    // Only the bits Concealment defines, whatever the page side sends.
    const int mask = map.value(QStringLiteral("concealed")).toInt() & 0xff;
    return Concealments::fromInt(mask);
}

} // namespace

PageFactsCollector::PageFactsCollector(QObject *parent)
    : QObject(parent)
{}

void PageFactsCollector::call(QWebEngineView *view, const QString &expression,
                              std::function<void(const QVariant &)> done)
{
    if (!view || !view->page() || factsScript().isEmpty()) {
        // Asynchronous like a real answer, so callers need not handle a re-entrant callback.
        QMetaObject::invokeMethod(
            this, [done = std::move(done)] { done(QVariant()); }, Qt::QueuedConnection);
        return;
    }
    const QString source = factsScript() + QStringLiteral("\nwindow.__xunjianChecks.") + expression;
    const QPointer<PageFactsCollector> self(this);
    view->page()->runJavaScript(source, QWebEngineScript::ApplicationWorld,
                                [self, done = std::move(done)](const QVariant &value) {
                                    if (self)
                                        done(value);
                                });
}

void PageFactsCollector::collect(QWebEngineView *view, QDate inspectionDate, SnapshotCallback done)
{
    const QJsonObject limits{{QStringLiteral("htmlChars"), MaxHtmlCharacters},
                             {QStringLiteral("maxBlocks"), MaxBlocks},
                             {QStringLiteral("maxLinks"), MaxLinks}};
    // The address is taken now: a page being destroyed answers pending calls from its destructor,
    // when its view can no longer be asked anything.
    const QUrl url = view ? view->url() : QUrl();
    call(view, QStringLiteral("collect(%1)").arg(json(limits)),
         [url, inspectionDate, done = std::move(done)](const QVariant &value) {
             done(snapshotFromVariant(value, url, inspectionDate));
         });
}

Result<PageSnapshot> PageFactsCollector::snapshotFromVariant(const QVariant &value, const QUrl &url,
                                                             QDate inspectionDate)
{
    if (value.typeId() != QMetaType::QVariantMap) {
        // runJavaScript gives no reason; a script error and a page that went away look the same.
        return Error{
            tr("The page's text could not be read. Wait until it has loaded and try again."),
            QStringLiteral("pagefacts.js collect() returned %1").arg(QString::fromLatin1(value.typeName()))};
    }
    const QVariantMap map = value.toMap();
    PageSnapshot page;
    page.rendered = true;
    page.inspectionDate = inspectionDate;
    page.url = url.isEmpty() ? QUrl(map.value(QStringLiteral("url")).toString()) : url;
    page.title = map.value(QStringLiteral("title")).toString().simplified();
    page.html = map.value(QStringLiteral("html")).toString();

    const QVariantList metas = map.value(QStringLiteral("metas")).toList();
    for (const QVariant &m : metas) {
        const QVariantList pair = m.toList();
        if (pair.size() == 2)
            page.metas.insert(pair.at(0).toString().toLower(), pair.at(1).toString());
    }
    const QVariantList scripts = map.value(QStringLiteral("inlineScripts")).toList();
    for (const QVariant &s : scripts)
        page.inlineScripts.append(s.toString());

    const QVariantList blocks = map.value(QStringLiteral("blocks")).toList();
    for (const QVariant &b : blocks) {
        const QVariantMap m = b.toMap();
        TextBlock block;
        block.text = m.value(QStringLiteral("text")).toString();
        block.selector = m.value(QStringLiteral("selector")).toString();
        block.tag = m.value(QStringLiteral("tag")).toString();
        block.box = boxOf(m);
        block.concealed = concealmentsOf(m);
        // Every block is kept, even an empty one, so indices stay those of the page side's
        // highlight().
        page.appendBlock(std::move(block));
    }

    const QVariantList links = map.value(QStringLiteral("links")).toList();
    for (const QVariant &l : links) {
        const QVariantMap m = l.toMap();
        LinkFact link;
        link.tag = m.value(QStringLiteral("tag")).toString();
        link.attribute = m.value(QStringLiteral("attribute")).toString();
        link.rawUrl = m.value(QStringLiteral("rawUrl")).toString();
        link.url = QUrl(m.value(QStringLiteral("url")).toString());
        if (!link.url.isValid())
            link.url = page.url.resolved(QUrl(link.rawUrl));
        link.text = m.value(QStringLiteral("text")).toString();
        link.selector = m.value(QStringLiteral("selector")).toString();
        link.box = boxOf(m);
        link.concealed = concealmentsOf(m);
        const int block = m.value(QStringLiteral("block"), -1).toInt();
        link.block = block >= 0 && block < page.blocks.size() ? block : -1;
        page.links.append(std::move(link));
    }

    if (map.value(QStringLiteral("truncated")).toBool())
        qCWarning(lcChecks) << "page facts cut at the limits for" << page.url;
    qCDebug(lcChecks) << "page facts:" << page.blocks.size() << "blocks," << page.links.size() << "links from"
                      << page.url;
    return page;
}

void PageFactsCollector::highlight(QWebEngineView *view, const Candidates &candidates, const QColor &colour,
                                   std::function<void(int drawn)> done)
{
    QJsonArray items;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const Candidate &c = candidates.at(i);
        items.append(QJsonObject{{QStringLiteral("id"), int(i)},
                                 {QStringLiteral("block"), c.hasTextPosition() ? c.block : -1},
                                 {QStringLiteral("offset"), c.hasTextPosition() ? double(c.offset) : -1.0},
                                 {QStringLiteral("length"), double(c.length)},
                                 {QStringLiteral("selector"), c.selector},
                                 // QColor::name() is always #rrggbb: nothing of the page's text
                                 // reaches a style property.
                                 {QStringLiteral("colour"), colour.name()}});
    }
    call(view, QStringLiteral("highlight(%1)").arg(json(items)),
         [done = std::move(done)](const QVariant &value) {
             if (done)
                 done(value.toInt());
         });
}

void PageFactsCollector::focus(QWebEngineView *view, int index, std::function<void(bool shown)> done)
{
    call(view, QStringLiteral("focus(%1)").arg(index), [done = std::move(done)](const QVariant &value) {
        if (done)
            done(value.toBool());
    });
}

void PageFactsCollector::clearHighlights(QWebEngineView *view)
{
    call(view, QStringLiteral("clearHighlights()"), [](const QVariant &) {});
}

} // namespace xj
