// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checklist/ChecklistLoader.h"
#include "core/Result.h"
#include "model/ChecklistTemplate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace xj {

/// The checklists an office can choose from: the national templates bundled in the program
/// (`:/checklists/`) and the local or provincial templates in the data folder's `checklists/`
/// subfolder. `extends` chains are resolved across both, in any file order; unknown bases and
/// circles are reported. A file with a problem is left out and reported on its own, so one bad local
/// file never hides the good ones.
class ChecklistLibrary
{
    Q_DECLARE_TR_FUNCTIONS(xj::ChecklistLibrary)
public:
    struct Entry
    {
        ChecklistTemplate checklist; ///< resolved: a local template has its base merged in
        QString filePath;
        bool bundled = false;
        QByteArray canonicalJson; ///< what storage snapshots with a round
        QString sha256;           ///< of canonicalJson
    };

    struct FileError
    {
        QString filePath;
        Error error;
    };

    static QString bundledFolder() { return QStringLiteral(":/checklists"); }

    /// Replaces the contents with the bundled templates and the `*.json` files of `localFolder`. A
    /// missing or empty `localFolder` just means there are no local templates.
    void load(const QString &localFolder, const QString &bundledFolder = ChecklistLibrary::bundledFolder());

    const QList<Entry> &entries() const { return m_entries; }
    QList<ChecklistTemplate> templates() const;
    QList<ChecklistTemplate> templates(SiteKind kind) const;
    const Entry *find(const QString &key) const;
    const QList<FileError> &errors() const { return m_errors; }

    /// Empty when there is no template with that key.
    QByteArray canonicalJson(const QString &key) const;
    QString sha256(const QString &key) const;

private:
    enum class State { Pending, InProgress, Done, Failed };
    struct Candidate
    {
        QString filePath;
        bool bundled = false;
        ChecklistDocument document;
        State state = State::Pending;
        ChecklistTemplate result;
    };

    void collect(const QString &folder, bool bundled, QList<Candidate> &candidates);
    void resolve(QList<Candidate> &candidates, qsizetype index, QList<qsizetype> &stack);
    void fail(Candidate &candidate, const Error &error);
    void report(const QString &filePath, const Error &error);

    QList<Entry> m_entries;
    QList<FileError> m_errors;
};

} // namespace xj
