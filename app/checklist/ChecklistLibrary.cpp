// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklist/ChecklistLibrary.h"

#include "checklist/ChecklistSerializer.h"
#include "core/Logging.h"

#include <QDir>

#include <algorithm>

namespace xj {

void ChecklistLibrary::load(const QString &localFolder, const QString &bundledFolder)
{
    m_entries.clear();
    m_errors.clear();
    QList<Candidate> candidates;
    collect(bundledFolder, true, candidates);
    if (!localFolder.isEmpty())
        collect(localFolder, false, candidates);

    for (qsizetype i = 0; i < candidates.size(); ++i) {
        QList<qsizetype> stack;
        resolve(candidates, i, stack);
    }
    for (const Candidate &c : std::as_const(candidates)) {
        if (c.state != State::Done)
            continue;
        const QByteArray json = ChecklistSerializer::canonicalJson(c.result);
        m_entries.append({c.result, c.filePath, c.bundled, json, ChecklistSerializer::sha256(json)});
    }
    qCDebug(lcChecklist) << "checklist library:" << m_entries.size() << "templates," << m_errors.size()
                         << "files with errors";
}

// Reads and parses every *.json file in name order. Files that are not even readable JSON, or that
// reuse a key already taken, are reported here and take no further part.
void ChecklistLibrary::collect(const QString &folder, bool bundled, QList<Candidate> &candidates)
{
    const QDir dir(folder);
    if (!dir.exists())
        return;
    const QStringList names =
        dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &name : names) {
        const QString path = dir.filePath(name);
        Result<QByteArray> bytes = ChecklistLoader::readFile(path);
        Result<ChecklistDocument> document =
            bytes ? ChecklistLoader::parse(bytes.value(), path) : Result<ChecklistDocument>(bytes.error());
        if (!document) {
            report(path, document.error());
            continue;
        }
        const QString &key = document.value().key;
        auto taken = std::find_if(candidates.cbegin(), candidates.cend(),
                                  [&](const Candidate &c) { return c.document.key == key; });
        if (taken != candidates.cend()) {
            report(path,
                   ChecklistErrors::fieldError(path, QStringLiteral("key"),
                                               tr("the key “%1” is already used by %2; give this template "
                                                  "a key of its own")
                                                   .arg(key, QDir::toNativeSeparators(taken->filePath))));
            continue;
        }
        candidates.append({path, bundled, document.value(), State::Pending, {}});
    }
}

// Depth-first along `extends`: a template is built once its base is built. `stack` holds the
// templates being resolved, so meeting one of them again means the chain runs in a circle.
void ChecklistLibrary::resolve(QList<Candidate> &candidates, qsizetype index, QList<qsizetype> &stack)
{
    Candidate &c = candidates[index];
    if (c.state != State::Pending)
        return;
    c.state = State::InProgress;
    stack.append(index);
    const ChecklistTemplate *base = nullptr;
    if (!c.document.extends.isEmpty()) {
        auto found = std::find_if(candidates.cbegin(), candidates.cend(),
                                  [&](const Candidate &o) { return o.document.key == c.document.extends; });
        if (found == candidates.cend()) {
            QStringList keys;
            for (const Candidate &o : std::as_const(candidates)) {
                if (&o != &c)
                    keys.append(o.document.key);
            }
            fail(c, ChecklistLoader::unknownBase(c.document, keys));
            stack.removeLast();
            return;
        }
        const qsizetype baseIndex = found - candidates.cbegin();
        if (candidates[baseIndex].state == State::InProgress) {
            const qsizetype from = stack.indexOf(baseIndex);
            QStringList chain;
            for (qsizetype i = from; i < stack.size(); ++i)
                chain.append(candidates[stack[i]].document.key);
            chain.append(candidates[baseIndex].document.key);
            // Every template in the circle is unusable, and each file gets its own message.
            for (qsizetype i = from; i < stack.size(); ++i)
                fail(candidates[stack[i]],
                     ChecklistErrors::fieldError(candidates[stack[i]].filePath, QStringLiteral("extends"),
                                                 tr("the templates extend each other in a circle (%1), so "
                                                    "none of them has a base to start from")
                                                     .arg(chain.join(QStringLiteral(" → ")))));
            stack.removeLast();
            return;
        }
        resolve(candidates, baseIndex, stack);
        if (candidates[index].state == State::Failed) { // it was part of a circle found further down
            stack.removeLast();
            return;
        }
        if (candidates[baseIndex].state != State::Done) {
            fail(candidates[index], ChecklistErrors::fieldError(
                                        candidates[index].filePath, QStringLiteral("extends"),
                                        tr("the template “%1” that this one extends has a problem of its "
                                           "own (see %2); correct that file first")
                                            .arg(candidates[baseIndex].document.key,
                                                 QDir::toNativeSeparators(candidates[baseIndex].filePath))));
            stack.removeLast();
            return;
        }
        base = &candidates[baseIndex].result;
    }
    Candidate &self = candidates[index];
    Result<ChecklistTemplate> built = ChecklistLoader::build(self.document, base);
    if (built) {
        self.result = std::move(built).value();
        self.state = State::Done;
    } else {
        fail(self, built.error());
    }
    stack.removeLast();
}

void ChecklistLibrary::fail(Candidate &candidate, const Error &error)
{
    candidate.state = State::Failed;
    report(candidate.filePath, error);
}

void ChecklistLibrary::report(const QString &filePath, const Error &error)
{
    m_errors.append({filePath, error});
    qCDebug(lcChecklist) << "checklist file rejected:" << error.message;
}

QList<ChecklistTemplate> ChecklistLibrary::templates() const
{
    QList<ChecklistTemplate> out;
    for (const Entry &e : m_entries)
        out.append(e.checklist);
    return out;
}

QList<ChecklistTemplate> ChecklistLibrary::templates(SiteKind kind) const
{
    QList<ChecklistTemplate> out;
    for (const Entry &e : m_entries) {
        if (e.checklist.appliesTo == kind)
            out.append(e.checklist);
    }
    return out;
}

const ChecklistLibrary::Entry *ChecklistLibrary::find(const QString &key) const
{
    auto it = std::find_if(m_entries.cbegin(), m_entries.cend(),
                           [&](const Entry &e) { return e.checklist.key == key; });
    return it == m_entries.cend() ? nullptr : &*it;
}

QByteArray ChecklistLibrary::canonicalJson(const QString &key) const
{
    const Entry *e = find(key);
    return e ? e->canonicalJson : QByteArray();
}

QString ChecklistLibrary::sha256(const QString &key) const
{
    const Entry *e = find(key);
    return e ? e->sha256 : QString();
}

} // namespace xj
