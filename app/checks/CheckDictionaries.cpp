// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/CheckDictionaries.h"

#include "checks/ChecksLogging.h"
#include "checks/typo/ConfusionMatcher.h"
#include "checks/typo/EnglishSpeller.h"
#include "checks/typo/ProtectedTermIndex.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace xj {

namespace {

constexpr auto BundledFolder = ":/dictionaries";

ProtectedTerm::Kind termKind(const QString &text)
{
    if (text == QLatin1String("person"))
        return ProtectedTerm::Kind::Person;
    if (text == QLatin1String("organisation") || text == QLatin1String("organization"))
        return ProtectedTerm::Kind::Organisation;
    return ProtectedTerm::Kind::Political;
}

} // namespace

CheckDictionaries::CheckDictionaries()
    : CheckDictionaries(Lists{})
{}

CheckDictionaries::CheckDictionaries(const Lists &lists)
    : CheckDictionaries(lists, std::make_shared<EnglishSpeller>(lists.hunspellAffix, lists.hunspellDictionary,
                                                                lists.englishWords))
{}

CheckDictionaries::CheckDictionaries(const Lists &lists, std::shared_ptr<const EnglishSpeller> english)
    : m_lists(lists)
    , m_confusion(std::make_unique<ConfusionMatcher>(lists.confusion, lists.confusionAllowed))
    , m_protected(
          std::make_unique<ProtectedTermIndex>(lists.protectedTerms, lists.titles, lists.similarChars))
    , m_spam(lists.spamKeywords)
    , m_english(std::move(english))
{}

CheckDictionaries::~CheckDictionaries() = default;

QString CheckDictionaries::systemHunspellDirectory()
{
    for (const QString &dir :
         {QStringLiteral("/usr/share/hunspell"), QStringLiteral("/usr/share/myspell/dicts")}) {
        if (QFile::exists(dir + QStringLiteral("/en_US.dic")) &&
            QFile::exists(dir + QStringLiteral("/en_US.aff")))
            return dir;
    }
    return {};
}

Result<CheckDictionaries::Lists> CheckDictionaries::bundledLists()
{
    Lists lists;
    const QDir folder(QString::fromLatin1(BundledFolder));
    const QStringList files =
        folder.entryList({QStringLiteral("*.tsv"), QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return Error{tr("The bundled word lists are missing from this installation. Reinstall Xunjian."), {}};
    for (const QString &name : files) {
        if (Status s = readListFile(folder.filePath(name), lists); !s)
            return s.error();
    }
    if (const QString dir = systemHunspellDirectory(); !dir.isEmpty()) {
        lists.hunspellAffix = dir + QStringLiteral("/en_US.aff");
        lists.hunspellDictionary = dir + QStringLiteral("/en_US.dic");
    } else {
        qCInfo(lcChecks) << "no en_US Hunspell dictionary: English spelling is not checked";
    }
    return lists;
}

Status CheckDictionaries::readListFile(const QString &path, Lists &lists)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error{
            tr("The word list %1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            {}};
    const QString name = QFileInfo(path).completeBaseName();
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (int number = 0; number < lines.size(); ++number) {
        const QString line = lines.at(number).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = line.split(QLatin1Char('\t'));
        const auto field = [&f](int i) {
            return i < f.size() ? f.at(i).trimmed() : QString();
        };
        if (name == QLatin1String("confusion-allow")) {
            lists.confusionAllowed.append(field(0));
        } else if (name.startsWith(QLatin1String("confusion"))) {
            if (f.size() < 2 || field(0).isEmpty() || field(1).isEmpty())
                return Error{
                    tr("Line %1 of the word list %2 needs a wrong and a right form separated by a tab.")
                        .arg(number + 1)
                        .arg(QFileInfo(path).fileName()),
                    line};
            lists.confusion.append({field(0), field(1)});
        } else if (name == QLatin1String("similar-chars")) {
            if (field(0).size() == 1)
                lists.similarChars[field(0).at(0)] += field(1);
        } else if (name == QLatin1String("protected-terms")) {
            lists.protectedTerms.append({field(0), termKind(field(1)), field(2), field(3)});
        } else if (name == QLatin1String("titles")) {
            lists.titles.append(field(0));
        } else if (name == QLatin1String("spam-keywords")) {
            lists.spamKeywords.append(
                {field(0), field(1).isEmpty() ? QStringLiteral("spam") : field(1), field(2)});
        } else if (name == QLatin1String("english-gov")) {
            lists.englishWords.append(field(0));
        } else if (name == QLatin1String("allowed-hosts")) {
            lists.allowedHosts.append(field(0));
        } else {
            qCDebug(lcChecks) << "ignoring unknown word list" << path;
            return Status::success();
        }
    }
    return Status::success();
}

} // namespace xj
