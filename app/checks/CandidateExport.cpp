// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/CandidateExport.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace xj {

QJsonObject CandidateExport::toJson(const Candidate &c)
{
    QJsonObject o{{QStringLiteral("check"), c.checkId},
                  {QStringLiteral("item"), c.itemCode},
                  {QStringLiteral("category"), c.category},
                  {QStringLiteral("confidence"), qRound(c.confidence * 100) / 100.0},
                  {QStringLiteral("message"), c.message},
                  {QStringLiteral("text"), c.text}};
    if (!c.suggestion.isEmpty())
        o.insert(QStringLiteral("suggestion"), c.suggestion);
    if (!c.context.isEmpty())
        o.insert(QStringLiteral("context"), c.context);
    if (!c.selector.isEmpty())
        o.insert(QStringLiteral("selector"), c.selector);
    if (c.hasTextPosition()) {
        o.insert(QStringLiteral("block"), c.block);
        o.insert(QStringLiteral("offset"), c.offset);
        o.insert(QStringLiteral("length"), c.length);
    }
    return o;
}

QByteArray CandidateExport::json(const Candidates &candidates, const QUrl &url, QDate inspectionDate,
                                 const QString &charset)
{
    QJsonArray list;
    for (const Candidate &c : candidates)
        list.append(toJson(c));
    QJsonObject root{{QStringLiteral("url"), url.toString()},
                     {QStringLiteral("inspection_date"), inspectionDate.toString(Qt::ISODate)},
                     {QStringLiteral("count"), int(candidates.size())},
                     {QStringLiteral("candidates"), list}};
    if (!charset.isEmpty())
        root.insert(QStringLiteral("charset"), charset);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString CandidateExport::csvCell(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.at(0)))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.startsWith(QLatin1Char('\''))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QByteArray CandidateExport::csv(const Candidates &candidates)
{
    QString out = QStringLiteral("check,item,category,confidence,text,suggestion,message,context,selector\n");
    for (const Candidate &c : candidates) {
        const QStringList cells{c.checkId, c.itemCode,   c.category, QString::number(c.confidence, 'f', 2),
                                c.text,    c.suggestion, c.message,  c.context,
                                c.selector};
        QStringList escaped;
        for (const QString &cell : cells)
            escaped.append(csvCell(cell));
        out += escaped.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    // A BOM so that Excel opens the Chinese text as UTF-8.
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace xj
