// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace xj {

template<typename E>
struct EnumEntry
{
    E value;
    const char *code;  ///< stable, stored in the database and in exports
    const char *label; ///< source text of the user-visible word, marked with QT_TRANSLATE_NOOP
};

/// One table per domain enum maps it to its stored code and its translated label, so that the
/// database, the CLI and the UI all spell a value the same way and no switch is written twice.
template<typename E, std::size_t N>
class EnumTable
{
public:
    constexpr EnumTable(const char *context, std::array<EnumEntry<E>, N> entries)
        : m_context(context)
        , m_entries(entries)
    {}

    QString code(E value) const
    {
        for (const auto &e : m_entries) {
            if (e.value == value)
                return QString::fromLatin1(e.code);
        }
        return {};
    }

    std::optional<E> fromCode(QStringView code) const
    {
        for (const auto &e : m_entries) {
            if (code == QLatin1String(e.code))
                return e.value;
        }
        return std::nullopt;
    }

    QString label(E value) const
    {
        for (const auto &e : m_entries) {
            if (e.value == value)
                return QCoreApplication::translate(m_context, e.label);
        }
        return {};
    }

    QList<E> values() const
    {
        QList<E> out;
        for (const auto &e : m_entries)
            out.append(e.value);
        return out;
    }

    /// Codes joined for SQL CHECK constraints and messages, e.g. "website, newmedia".
    QString codeList() const
    {
        QStringList codes;
        for (const auto &e : m_entries)
            codes.append(QString::fromLatin1(e.code));
        return codes.join(QStringLiteral(", "));
    }

private:
    const char *m_context;
    std::array<EnumEntry<E>, N> m_entries;
};

} // namespace xj
