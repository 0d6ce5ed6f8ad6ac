// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/HtmlDecoder.h"

#include "registry/TextDecoder.h"

#include <QRegularExpression>
#include <QSet>
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

/// How much of a decoded text is everyday Chinese: the share of its Han characters that are among
/// the most frequent ones, simplified or traditional. Text read with the wrong double-byte
/// charset is a jumble of rare characters and scores near zero.
double commonHanShare(const QString &text)
{
    static const QString common =
        QStringLiteral("的一是在不了有和人这這中大为為上个個国國我以要他时時来來用们們生到作地于於出就分对對"
                       "成会會可主发發年动動同工也能下过過子说"
                       "說产產种種面而方后後多定行学學法所民得经經十三之进進着等部度家电電力里如水化高自二理"
                       "起小物现現实實加量都两兩体體制机機当當"
                       "使点點从從业業本去把性好应應开開它合还還因由其些然前外天政四日那社义義事平形相全表间"
                       "間样樣与與关關各重新线線内內数數正心反"
                       "你明看原又么利比或但质質气氣第向道命此变變条條只没结結解问問意建月公无無系军軍很情者"
                       "最立代想已通并提直题題党黨程展五果料象"
                       "员員革位入常文总總次品式活设設及管特件长長求老头頭基资資边邊流路级級少图圖山统統接知"
                       "较較将將组組见見计計别別她手角期根论論"
                       "运運农農指几幾九区區强強放决決西被干做必战戰先回则則任取据據处處队隊南给給色光门門即"
                       "保治北造百规規热熱领領七海口东東导導器"
                       "压壓志世金增争爭济濟阶階油思术術极極交受联聯什认認六共权權收证證改清己美再采转轉更单"
                       "單风風切打白教速花带帶安场場身车車例真"
                       "务務具万萬每目至达達走积積示议議声聲报報斗完类類八离離华華名确確才科张張信马馬节節话"
                       "話米整空元况況今集温溫传傳土许許步群广"
                       "廣石记記需段研界拉林律叫且究观觀越织織装裝影算低持音众眾书書布复復容儿兒须須际際商非"
                       "验驗连連断斷深难難近矿礦千周委素技备備"
                       "半办辦青省列习習响響约約支般史感劳勞便团團往酸历歷市克何除消构構府称稱太准精值号號率"
                       "族维維划劃选選标標写寫存候毛亲親快效"
                       "斯院查江型眼王按格养養易置派层層片始却專专状狀育厂廠京识識适適属屬圆圓包火住调調满滿"
                       "县縣局照参參红紅细細引听聽该該铁鐵价"
                       "價严嚴");
    static const QSet<QChar> set(common.cbegin(), common.cend());
    qsizetype han = 0, hits = 0;
    for (const QChar c : text) {
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF) {
            ++han;
            hits += set.contains(c) ? 1 : 0;
        }
    }
    return han == 0 ? 0.0 : double(hits) / double(han);
}

/// An unlabelled page that is not UTF-8: GB18030 (GBK, GB2312) or Big5, whichever decodes
/// cleanly into everyday Chinese. GB18030 wins a tie: mainland government sites use it.
std::optional<HtmlDecoder::Decoded> chineseDoubleByte(QByteArrayView view)
{
    const std::optional<QString> gb = TextDecoder::strictDecode("GB18030", view);
    const std::optional<QString> big5 = TextDecoder::strictDecode("Big5", view);
    if (gb && big5 && commonHanShare(*big5) > commonHanShare(*gb) + 0.1)
        return HtmlDecoder::Decoded{*big5, QStringLiteral("Big5")};
    if (gb)
        return HtmlDecoder::Decoded{*gb, QStringLiteral("GB18030")};
    if (big5)
        return HtmlDecoder::Decoded{*big5, QStringLiteral("Big5")};
    return std::nullopt;
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

    // Many servers label every file "charset=utf-8", GBK pages included: a UTF-8 label the bytes
    // contradict is dropped, so the page's own <meta> or the detection decides.
    const std::optional<QString> utf8 = TextDecoder::strictDecode("UTF-8", view);
    for (const QByteArray &label :
         {declaredCharset(contentType, {}), declaredCharset({}, bytes.left(PrescanBytes))}) {
        if (label.isEmpty() || (label == "UTF-8" && !utf8))
            continue;
        if (label == "UTF-8")
            return Decoded{*utf8, QStringLiteral("UTF-8")};
        QStringDecoder decoder(label.constData());
        if (decoder.isValid()) {
            // A page that lies about its charset is still shown, as a browser would: decoding
            // errors become replacement characters rather than a refusal.
            const QString text = decoder.decode(view);
            return Decoded{text, QString::fromLatin1(label)};
        }
    }
    if (utf8)
        return Decoded{*utf8, QStringLiteral("UTF-8")};
    if (view.contains('\0'))
        return Error{tr("The file is not an HTML page: it contains binary data."), {}};
    if (auto text = chineseDoubleByte(view))
        return *text;
    return Decoded{QString::fromUtf8(view), QStringLiteral("UTF-8")};
}

} // namespace xj
