// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/TextDecoder.h"

#include <QStringDecoder>

#include <optional>

namespace xj {

std::optional<QString> TextDecoder::strictDecode(const char *encoding, QByteArrayView bytes)
{
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    if (!decoder.isValid())
        return std::nullopt;
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

Result<TextDecoder::Decoded> TextDecoder::decode(const QByteArray &bytes)
{
    const QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF")) {
        if (auto text = strictDecode("UTF-8", view.sliced(3)))
            return Decoded{*text, QStringLiteral("UTF-8 (BOM)")};
        return Error{tr("The file says it is UTF-8 text but contains bytes that are not. Save it again as "
                        "\"CSV UTF-8\" or as an Excel workbook (.xlsx)."),
                     {}};
    }
    if (view.startsWith("\xFF\xFE") || view.startsWith("\xFE\xFF")) {
        const bool little = view.startsWith("\xFF\xFE");
        if (auto text = strictDecode(little ? "UTF-16LE" : "UTF-16BE", view.sliced(2)))
            return Decoded{*text, little ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE")};
        return Error{tr("The file says it is UTF-16 text but its content is damaged."), {}};
    }

    const Error notText{
        tr("The file is not a text (CSV) file in UTF-8 or GBK encoding. If it is a spreadsheet, "
           "save it as an Excel workbook (.xlsx) or as CSV and import that."),
        {}};
    // A NUL byte never occurs in UTF-8 or GBK text; it means a binary file or UTF-16 without a BOM.
    if (view.contains('\0'))
        return notText;
    if (auto text = strictDecode("UTF-8", view))
        return Decoded{*text, QStringLiteral("UTF-8")};

    // GB18030 is not one of Qt's built-in codecs; it comes from ICU, which Debian's Qt links.
    QStringDecoder gb("GB18030", QStringDecoder::Flag::Stateless);
    if (!gb.isValid())
        return Error{tr("The file is not UTF-8 and this installation cannot read GBK text. Save the file as "
                        "\"CSV UTF-8\" and import it again."),
                     {}};
    QString text = gb.decode(view);
    if (gb.hasError())
        return notText;
    return Decoded{text, QStringLiteral("GB18030")};
}

} // namespace xj
