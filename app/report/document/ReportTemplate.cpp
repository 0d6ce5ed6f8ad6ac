// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/document/ReportTemplate.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace xj {

namespace {

struct RoleTag
{
    const char *tag;
    BlockRole role;
};
constexpr RoleTag RoleTags[] = {
    {"banner", BlockRole::Banner},       {"docno", BlockRole::DocNumber},
    {"rule", BlockRole::Rule},           {"title", BlockRole::Title},
    {"addressee", BlockRole::Addressee}, {"body", BlockRole::Body},
    {"heading1", BlockRole::Heading1},   {"heading2", BlockRole::Heading2},
    {"signature", BlockRole::Signature}, {"date", BlockRole::Date},
    {"note", BlockRole::Note},           {"caption", BlockRole::Caption},
};

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{\\{\\s*([A-Za-z0-9_.]+)\\s*\\}\\}"));
    return pattern;
}

} // namespace

QString ReportTemplate::bundledPath(const QString &name)
{
    return QStringLiteral(":/templates/%1.xjt").arg(name);
}

Result<ReportTemplate> ReportTemplate::load(const QString &name, const QString &dataDirectory)
{
    const QString local = QDir(dataDirectory).filePath(QStringLiteral("templates/%1.xjt").arg(name));
    const QString path = !dataDirectory.isEmpty() && QFile::exists(local) ? local : bundledPath(name);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            tr("The template %1 cannot be read. Check the file or remove it to use the built-in template.")
                .arg(QDir::toNativeSeparators(path)),
            file.errorString()};
    return parse(QString::fromUtf8(file.readAll()), QDir::toNativeSeparators(path));
}

Result<ReportTemplate> ReportTemplate::parse(const QString &text, const QString &source)
{
    static const QRegularExpression tagged(QStringLiteral("^\\[([a-z0-9]+)\\]\\s*(.*)$"));
    ReportTemplate t;
    t.m_source = source;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        Line parsed;
        parsed.number = i + 1;
        const QRegularExpressionMatch m = tagged.match(line);
        if (!m.hasMatch()) {
            // Continuation: joined to the paragraph above, so long sentences can wrap in the file.
            if (!t.m_lines.isEmpty() && t.m_lines.last().kind == Line::Kind::Paragraph) {
                t.m_lines.last().text += line;
                continue;
            }
            parsed.text = line;
            t.m_lines.append(parsed);
            continue;
        }
        const QString tag = m.captured(1);
        parsed.text = m.captured(2).trimmed();
        if (tag == QLatin1String("pagebreak")) {
            parsed.kind = Line::Kind::PageBreak;
        } else if (tag == QLatin1String("table") || tag == QLatin1String("section")) {
            parsed.kind = Line::Kind::Blocks;
            if (parsed.text.isEmpty())
                return Error{tr("Line %1 of the template %2: [%3] needs a name, such as [table] problems.")
                                 .arg(parsed.number)
                                 .arg(source, tag),
                             line};
        } else {
            auto role = std::find_if(std::begin(RoleTags), std::end(RoleTags),
                                     [&](const RoleTag &r) { return tag == QLatin1String(r.tag); });
            if (role == std::end(RoleTags))
                return Error{
                    tr("Line %1 of the template %2 starts with [%3], which is not a paragraph kind. Use "
                       "one of: banner, docno, rule, title, addressee, body, heading1, heading2, "
                       "signature, date, note, caption, pagebreak, table, section.")
                        .arg(parsed.number)
                        .arg(source, tag),
                    line};
            parsed.role = role->role;
        }
        t.m_lines.append(parsed);
    }
    if (t.m_lines.isEmpty())
        return Error{tr("The template %1 is empty.").arg(source), {}};
    return t;
}

Result<QString> ReportTemplate::fill(const QString &text, const TemplateContext &context,
                                     int lineNumber) const
{
    QString out;
    qsizetype from = 0;
    for (auto it = placeholderPattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1);
        auto value = context.values.constFind(name);
        if (value == context.values.constEnd())
            return Error{
                tr("Line %1 of the template %2 uses {{%3}}, which this document does not know. Check the "
                   "spelling against the list in the README.")
                    .arg(lineNumber)
                    .arg(m_source, name),
                text};
        out += QStringView(text).mid(from, m.capturedStart() - from);
        out += value.value();
        from = m.capturedEnd();
    }
    out += QStringView(text).mid(from);
    return out;
}

Result<ReportDocument> ReportTemplate::render(const TemplateContext &context, const QString &title,
                                              const QString &author) const
{
    ReportDocument document;
    document.title = title;
    document.author = author;
    for (const Line &line : m_lines) {
        switch (line.kind) {
        case Line::Kind::PageBreak:
            document.addPageBreak();
            break;
        case Line::Kind::Blocks: {
            auto blocks = context.blocks.constFind(line.text);
            if (blocks == context.blocks.constEnd())
                return Error{
                    tr("Line %1 of the template %2 asks for \"%3\", which this document does not have.")
                        .arg(line.number)
                        .arg(m_source, line.text),
                    {}};
            document.blocks.append(blocks.value());
            break;
        }
        case Line::Kind::Paragraph: {
            auto text = fill(line.text, context, line.number);
            if (!text)
                return text.error();
            document.addParagraph(line.role, text.value());
            break;
        }
        }
    }
    return document;
}

QStringList ReportTemplate::placeholders() const
{
    QStringList names;
    for (const Line &line : m_lines) {
        if (line.kind == Line::Kind::Blocks) {
            names.append(line.text);
            continue;
        }
        for (auto it = placeholderPattern().globalMatch(line.text); it.hasNext();)
            names.append(it.next().captured(1));
    }
    names.removeDuplicates();
    return names;
}

} // namespace xj
