// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "report/document/ReportDocument.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace xj {

/// The words the program fills into a template: {{name}} placeholders, and the blocks a
/// `[table] name` or `[section] name` line stands for (the problem table, the ranking…).
struct TemplateContext
{
    QHash<QString, QString> values;
    QHash<QString, QList<ReportBlock>> blocks;
};

/// A notice or report template: plain UTF-8 text an office can copy to
/// `<data folder>/templates/` and reword. Each line is `[role] text` with a role of
/// ReportDocument (banner, docno, rule, title, addressee, body, heading1, heading2, signature,
/// date, note, caption), `[pagebreak]`, or `[table] name` / `[section] name` for what the program
/// builds; a line without a role continues a body paragraph; '#' starts a comment. {{name}} is
/// replaced by a value of the context. Unknown roles and names are errors that name the line, so a
/// typo in an office's copy is found at the first export, not on paper.
class ReportTemplate
{
    Q_DECLARE_TR_FUNCTIONS(xj::ReportTemplate)
public:
    /// `<dataDirectory>/templates/<name>.xjt` when the office has its own copy, else the bundled one.
    static Result<ReportTemplate> load(const QString &name, const QString &dataDirectory);
    static Result<ReportTemplate> parse(const QString &text, const QString &source);
    /// Where the bundled template of that name lives (:/templates/<name>.xjt).
    static QString bundledPath(const QString &name);

    /// The document with every placeholder filled. `title` and `author` become its properties.
    Result<ReportDocument> render(const TemplateContext &context, const QString &title,
                                  const QString &author) const;
    /// Every {{name}} and [table]/[section] name the template uses, to check a context against.
    QStringList placeholders() const;
    QString source() const { return m_source; }

private:
    struct Line
    {
        enum class Kind { Paragraph, PageBreak, Blocks };
        Kind kind = Kind::Paragraph;
        BlockRole role = BlockRole::Body;
        QString text; ///< the paragraph, or the name of the blocks
        int number = 0;
    };
    Result<QString> fill(const QString &text, const TemplateContext &context, int lineNumber) const;

    QList<Line> m_lines;
    QString m_source;
};

} // namespace xj
