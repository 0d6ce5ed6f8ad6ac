// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/columns/ColumnClassifier.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace xj {

ColumnClassifier::ColumnClassifier(QList<Keyword> keywords)
    : m_keywords(std::move(keywords))
{
    // Longest first, file order among equals, so the first hit is the one that decides.
    std::stable_sort(m_keywords.begin(), m_keywords.end(),
                     [](const Keyword &a, const Keyword &b) { return a.keyword.size() > b.keyword.size(); });
}

QString ColumnClassifier::bundledPath()
{
    return QStringLiteral(":/dictionaries/column-classes.tsv");
}

const ColumnClassifier &ColumnClassifier::bundled()
{
    // The file is compiled in; a failure to read it is a broken build, which the tests catch.
    static const ColumnClassifier classifier = [] {
        Result<QList<Keyword>> keywords = readFile(bundledPath());
        return ColumnClassifier(keywords ? keywords.value() : QList<Keyword>{});
    }();
    return classifier;
}

Result<QList<ColumnClassifier::Keyword>> ColumnClassifier::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error{tr("The column class list %1 cannot be read: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString()),
                     {}};
    QList<Keyword> keywords;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (int number = 0; number < lines.size(); ++number) {
        const QString line = lines.at(number).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        const std::optional<ColumnClass> cls =
            fields.size() == 2 ? columnClassFromKey(fields.at(1).trimmed()) : std::nullopt;
        if (fields.at(0).trimmed().isEmpty() || !cls)
            return Error{tr("Line %1 of the column class list %2 needs a keyword and one of the classes %3, "
                            "separated by a tab.")
                             .arg(number + 1)
                             .arg(QFileInfo(path).fileName(), ColumnClasses.codeList()),
                         line};
        keywords.append({fields.at(0).trimmed(), *cls});
    }
    return keywords;
}

const ColumnClassifier::Keyword *ColumnClassifier::match(const QString &columnName) const
{
    if (columnName.isEmpty())
        return nullptr;
    for (const Keyword &k : m_keywords) {
        if (columnName.contains(k.keyword, Qt::CaseInsensitive))
            return &k;
    }
    return nullptr;
}

ColumnClass ColumnClassifier::classify(const QString &columnName) const
{
    const Keyword *k = match(columnName);
    return k ? k->cls : ColumnClass::Unclassified;
}

QString ColumnClassifier::matchedKeyword(const QString &columnName) const
{
    const Keyword *k = match(columnName);
    return k ? k->keyword : QString();
}

} // namespace xj
