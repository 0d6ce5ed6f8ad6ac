// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/KeywordMatcher.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace xj {

class ConfusionMatcher;
class EnglishSpeller;
class ProtectedTermIndex;

/// A wrong form commonly written in official documents and the form meant.
struct ConfusionPair
{
    QString wrong;
    QString right;
};

/// A term that must be written exactly: a person's name (with the title they hold), an
/// organisation's name, a fixed political term. Near misses of it are serious errors.
struct ProtectedTerm
{
    enum class Kind { Person, Organisation, Political };
    QString term;
    Kind kind = Kind::Political;
    QString title; ///< persons: the title they hold ("副县长"); checked where it precedes the name
    QString note;
};

/// The word lists the checks use, loaded once and shared read-only by every page and thread.
/// Bundled lists live in dictionaries/ (compiled in as :/dictionaries/); an office's own entries
/// (protected terms, allow-lists, extra pairs) are added on top and win over bundled ones.
/// Building the matchers is the expensive part, so a loaded instance is reused until the lists
/// change.
class CheckDictionaries
{
    Q_DECLARE_TR_FUNCTIONS(xj::CheckDictionaries)
public:
    /// The lists as plain data, before matchers are built.
    struct Lists
    {
        QList<ConfusionPair> confusion;
        QStringList confusionAllowed; ///< correct words that contain a listed wrong form
        QList<ProtectedTerm> protectedTerms;
        QStringList titles;                 ///< official titles, for name-title pairs
        QHash<QChar, QString> similarChars; ///< character → characters that look like it
        QList<KeywordMatcher::Keyword> spamKeywords;
        QStringList englishWords; ///< added to the Hunspell dictionary
        QStringList allowedHosts; ///< hosts whose scripts and frames are expected everywhere
        QString hunspellAffix;    ///< path of en_US.aff; empty: English spelling is off
        QString hunspellDictionary;
    };

    CheckDictionaries();
    explicit CheckDictionaries(const Lists &lists);
    /// With an English speller built already: the lists of every site share one, since Hunspell
    /// with en_US takes tens of milliseconds and megabytes to load.
    CheckDictionaries(const Lists &lists, std::shared_ptr<const EnglishSpeller> english);
    ~CheckDictionaries();
    Q_DISABLE_COPY_MOVE(CheckDictionaries)

    /// The bundled lists (from the resources) and the system's en_US Hunspell dictionary.
    static Result<Lists> bundledLists();
    /// Reads one list file of dictionaries/ from `path` into `lists` (its format from its name).
    static Status readListFile(const QString &path, Lists &lists);
    /// Where Debian installs Hunspell dictionaries; empty when en_US is not installed.
    static QString systemHunspellDirectory();

    const Lists &lists() const { return m_lists; }
    const ConfusionMatcher &confusion() const { return *m_confusion; }
    const ProtectedTermIndex &protectedTerms() const { return *m_protected; }
    const KeywordMatcher &spamKeywords() const { return m_spam; }
    const EnglishSpeller &english() const { return *m_english; }

private:
    Lists m_lists;
    std::unique_ptr<ConfusionMatcher> m_confusion;
    std::unique_ptr<ProtectedTermIndex> m_protected;
    KeywordMatcher m_spam;
    std::shared_ptr<const EnglishSpeller> m_english;
};

} // namespace xj
