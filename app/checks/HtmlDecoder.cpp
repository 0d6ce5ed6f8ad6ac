// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/HtmlDecoder.h"

#include "registry/TextDecoder.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <optional>

namespace xj {

namespace {

constexpr qsizetype PrescanBytes = 4096;

/// Browsers' aliases: the GB family is GB18030, "x-gbk" and "gb_2312-80" included.
QByteArray canonicalCharset(QByteArray label)
{
    label = label.trimmed().toLower();
    if (label.isEmpty())
        return {};
    if (label == "utf8" || label == "utf-8" || label == "unicode-1-1-utf-8")
        return "UTF-8";
    if (label.contains("gb") && (label.contains("2312") || label.contains("k") || label.contains("18030")))
        return "GB18030";
    if (label == "chinese" || label == "csgb2312" || label == "iso-ir-58")
        return "GB18030";
    if (label.contains("big5") || label == "cn-big5" || label == "x-x-big5")
        return "Big5";
    if (label == "utf-16le" || label == "utf-16")
        return "UTF-16LE";
    if (label == "utf-16be")
        return "UTF-16BE";
    return label;
}

} // namespace

QByteArray HtmlDecoder::declaredCharset(const QByteArray &contentType, const QByteArray &documentStart)
{
    static const QRegularExpression headerCharset(QStringLiteral("charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)"),
                                                  QRegularExpression::CaseInsensitiveOption);
    if (const auto m = headerCharset.match(QString::fromLatin1(contentType)); m.hasMatch())
        return canonicalCharset(m.captured(1).toLatin1());
    // <meta charset="gbk"> or <meta http-equiv="Content-Type" content="text/html; charset=gb2312">.
    static const QRegularExpression metaCharset(
        QStringLiteral("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = metaCharset.match(QString::fromLatin1(documentStart.left(PrescanBytes))); m.hasMatch())
        return canonicalCharset(m.captured(1).toLatin1());
    return {};
}

Result<HtmlDecoder::Decoded> HtmlDecoder::decode(const QByteArray &bytes, const QByteArray &contentType)
{
    const QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF"))
        return Decoded{QString::fromUtf8(view.sliced(3)), QStringLiteral("UTF-8")};
    if (view.startsWith("\xFF\xFE"))
        return Decoded{QStringDecoder(QStringDecoder::Utf16LE).decode(view.sliced(2)),
                       QStringLiteral("UTF-16LE")};
    if (view.startsWith("\xFE\xFF"))
        return Decoded{QStringDecoder(QStringDecoder::Utf16BE).decode(view.sliced(2)),
                       QStringLiteral("UTF-16BE")};

    const QByteArray declared = declaredCharset(contentType, bytes.left(PrescanBytes));
    if (!declared.isEmpty()) {
        QStringDecoder decoder(declared.constData());
        if (decoder.isValid()) {
            // A page that lies about its charset is still shown, as a browser would: decoding
            // errors become replacement characters rather than a refusal.
            const QString text = decoder.decode(view);
            return Decoded{text, QString::fromLatin1(declared)};
        }
    }
    if (auto text = TextDecoder::strictDecode("UTF-8", view))
        return Decoded{*text, QStringLiteral("UTF-8")};
    if (auto text = TextDecoder::strictDecode("GB18030", view))
        return Decoded{*text, QStringLiteral("GB18030")};
    if (view.contains('\0'))
        return Error{tr("The file is not an HTML page: it contains binary data."), {}};
    return Decoded{QString::fromUtf8(view), QStringLiteral("UTF-8")};
}

} // namespace xj
