// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/TemplateValidator.h"
#include "core/Result.h"
#include "model/ChecklistTemplate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace xj {

class JsonFields;

/// A template file after the first look: valid JSON, a format this program reads, and its key and
/// base known, so that a library can order files before building them.
struct ChecklistDocument
{
    QString fileName;
    QJsonObject root;
    QString key;
    QString extends; ///< key of the base template, empty for a base template
};

/// Reads checklist template files (format 1, see resources/checklists/README.md) into
/// ChecklistTemplate. A file with any problem is rejected whole, with an Error that names the file,
/// the field (`items[3].points`, or line and column for broken JSON) and the reason. A local
/// template that `extends` another is merged with that base: items named by code override the
/// base's fields, new codes add items, `remove` drops items, and the result is validated like a
/// base template.
class ChecklistLoader
{
    Q_DECLARE_TR_FUNCTIONS(xj::ChecklistLoader)
public:
    static Result<ChecklistDocument> parse(const QByteArray &bytes, const QString &fileName);
    /// `base` must be the resolved template named by `document.extends`; it is ignored for a base
    /// template.
    static Result<ChecklistTemplate> build(const ChecklistDocument &document,
                                           const ChecklistTemplate *base = nullptr);

    static Result<ChecklistTemplate> loadBytes(const QByteArray &bytes, const QString &fileName,
                                               const ChecklistTemplate *base = nullptr);
    static Result<ChecklistTemplate> loadFile(const QString &path, const ChecklistTemplate *base = nullptr);
    static Result<QByteArray> readFile(const QString &path);

    /// The error for a document whose base is not available; `available` lists the keys that are.
    static Error unknownBase(const ChecklistDocument &document, const QStringList &available);

private:
    static bool readHeader(const JsonFields &fields, const ChecklistTemplate *base, ChecklistTemplate &t);
    static bool readScoring(const JsonFields &fields, bool partial, ChecklistTemplate &t);
    static bool readAreas(const JsonFields &fields, bool partial, ChecklistTemplate &t, TemplatePaths &paths);
    static bool readRemovals(const JsonFields &fields, bool partial, ChecklistTemplate &t,
                             QStringList &removed);
    static bool readItems(const JsonFields &fields, bool partial, const QStringList &removed,
                          ChecklistTemplate &t, TemplatePaths &paths);
};

} // namespace xj
