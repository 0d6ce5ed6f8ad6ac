// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/RegistryFieldRules.h"

#include <QUrl>

namespace xj {

QRegularExpression RegistryFieldRules::defaultSiteCodePattern()
{
    return QRegularExpression(QStringLiteral("^(?:\\d{10}|bm\\d{8})$"),
                              QRegularExpression::CaseInsensitiveOption);
}

QString RegistryFieldRules::foldWidth(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).trimmed();
}

std::optional<QString> RegistryFieldRules::websiteUrl(const QString &text)
{
    QString address = foldWidth(text);
    static const QRegularExpression whitespace(QStringLiteral("\\s"));
    if (address.isEmpty() || address.contains(whitespace))
        return std::nullopt;
    if (!address.contains(QLatin1String("://")))
        address.prepend(QLatin1String("http://"));
    const QUrl url(address, QUrl::StrictMode);
    if (!url.isValid())
        return std::nullopt;
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return std::nullopt;
    // A host without a dot is a typo or a word ("无"), except for local test servers.
    const QString host = url.host();
    if (host.isEmpty() || (!host.contains(u'.') && host != QLatin1String("localhost")))
        return std::nullopt;
    return address;
}

bool RegistryFieldRules::isPlausiblePhone(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[、,;/]"));
    static const QRegularExpression number(
        QStringLiteral(
            "^(?:"
            "(?:\\(?0\\d{2,3}\\)?[- ]?)?[2-9]\\d{6,7}(?:(?:-|转|ext\\.?|分机)\\d{1,6})?" // landline
            "|(?:\\+?86[- ]?)?1[3-9]\\d[- ]?\\d{4}[- ]?\\d{4}"                           // mobile
            "|[48]00[- ]?\\d{3}[- ]?\\d{4}"                                              // 400/800 service
            "|12\\d{3}"                                                                  // 12345 hotlines
            ")$"),
        QRegularExpression::CaseInsensitiveOption);
    const QStringList parts = foldWidth(text).split(separators, Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return false;
    for (const QString &part : parts) {
        if (!number.match(part.trimmed()).hasMatch())
            return false;
    }
    return true;
}

bool RegistryFieldRules::isIcpNumber(const QString &text)
{
    return foldWidth(text).contains(QStringLiteral("ICP备"), Qt::CaseInsensitive);
}

bool RegistryFieldRules::isPoliceNumber(const QString &text)
{
    static const QRegularExpression fourteenDigits(QStringLiteral("(?<!\\d)\\d{14}(?!\\d)"));
    return fourteenDigits.match(foldWidth(text)).hasMatch();
}

bool RegistryFieldRules::isSiteCode(const QString &code, const QRegularExpression &pattern)
{
    const QString folded = foldWidth(code);
    const auto match = pattern.match(folded);
    return match.hasMatch() && match.capturedStart() == 0 && match.capturedLength() == folded.size();
}

bool RegistryFieldRules::isScientificNotation(const QString &text)
{
    static const QRegularExpression scientific(QStringLiteral("^\\d(?:\\.\\d+)?E\\+\\d+$"),
                                               QRegularExpression::CaseInsensitiveOption);
    return scientific.match(foldWidth(text)).hasMatch();
}

} // namespace xj
