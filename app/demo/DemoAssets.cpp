// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoAssets.h"

#include <QFile>

namespace xj {

namespace {

// Scripts are served without a charset and may be loaded by GBK pages, so they stay pure ASCII.
QString asciiOnly(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (c.unicode() < 0x80)
            out.append(c);
        else
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    }
    return out;
}

QString svg(int width, int height, const QString &content)
{
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "
                          "xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" "
                          "height=\"%2\" viewBox=\"0 0 %1 %2\">\n")
               .arg(width)
               .arg(height) +
           content + QStringLiteral("</svg>\n");
}

} // namespace

DemoAssets::DemoAssets(const DemoSiteContent &content)
    : m_content(content)
{}

void DemoAssets::render(DemoSiteFiles &files) const
{
    files.addText(QStringLiteral("style.css"), styleSheet());
    if (m_content.searchWorks)
        files.addText(QStringLiteral("search/search.js"), searchScript());

    files.addText(
        QStringLiteral("images/logo.svg"),
        svg(64, 64,
            QStringLiteral(
                "<circle cx=\"32\" cy=\"32\" r=\"30\" fill=\"#c8102e\" stroke=\"#ffd700\" "
                "stroke-width=\"3\"/>\n"
                "<text x=\"32\" y=\"42\" font-size=\"28\" text-anchor=\"middle\" fill=\"#ffd700\">") +
                m_content.spec.countyName.left(1) + QStringLiteral("</text>\n")));
    files.addText(
        QStringLiteral("images/dzjg.svg"),
        svg(55, 66,
            QStringLiteral("<rect x=\"1\" y=\"1\" width=\"53\" height=\"64\" rx=\"4\" fill=\"#d9001b\"/>\n"
                           "<text x=\"27.5\" y=\"28\" font-size=\"12\" text-anchor=\"middle\" "
                           "fill=\"#fff\">党政</text>\n"
                           "<text x=\"27.5\" y=\"46\" font-size=\"12\" text-anchor=\"middle\" "
                           "fill=\"#fff\">机关</text>\n")));
    files.addText(
        QStringLiteral("images/police.svg"),
        svg(16, 16, QStringLiteral("<path d=\"M8 1 L14 3 L13 10 L8 15 L3 10 L2 3 Z\" fill=\"#1d4f91\"/>\n")));
    for (const DemoLeader &leader : m_content.leaders)
        files.addText(leader.photoUrl().mid(1), leaderPhoto(leader.number));

    for (const DemoArticle &article : m_content.articles) {
        if (article.withdrawn)
            continue;
        if (article.hasImage && !article.imageMissing)
            files.addText(article.imageUrl().mid(1), newsPicture(article.id));
        for (const DemoAttachment &a : article.attachments)
            addAttachment(a, files);
    }
    for (const DemoGuide &guide : m_content.guides)
        addAttachment(guide.form, files);
}

void DemoAssets::addAttachment(const DemoAttachment &attachment, DemoSiteFiles &files) const
{
    if (attachment.missing)
        return;
    const QString title = attachment.title.section(QLatin1Char('.'), 0, -2);
    const QString path = attachment.href.mid(1);
    if (path.endsWith(QLatin1String(".pdf"))) {
        files.addBinary(path, placeholderPdf(title));
    } else {
        files.addBinary(path,
                        placeholderRtf(title, {m_content.siteName, QStringLiteral("申请人：________________"),
                                               QStringLiteral("联系地址：________________"),
                                               QStringLiteral("申请日期：______年____月____日")}));
    }
}

QString DemoAssets::newsPicture(int id) const
{
    static const char *const skies[] = {"#9cc9f0", "#f3d9a4", "#b8e0d2", "#d6c8f0"};
    static const char *const grounds[] = {"#5d9b4c", "#7a8f3b", "#4f7f9e", "#8c6d4a"};
    const QString sky = QString::fromLatin1(skies[id % 4]);
    const QString ground = QString::fromLatin1(grounds[(id / 4) % 4]);
    return svg(
        640, 400,
        QStringLiteral(
            "<rect width=\"640\" height=\"400\" fill=\"%1\"/>\n"
            "<circle cx=\"%3\" cy=\"90\" r=\"40\" fill=\"#fff6c2\"/>\n"
            "<path d=\"M0 260 L160 170 L300 250 L450 150 L640 240 L640 400 L0 400 Z\" fill=\"%2\"/>\n"
            "<rect x=\"220\" y=\"250\" width=\"200\" height=\"90\" fill=\"#eeeeee\" stroke=\"#999\"/>\n")
            .arg(sky, ground)
            .arg(100 + (id * 37) % 440));
}

QString DemoAssets::leaderPhoto(int number)
{
    return svg(150, 200,
               QStringLiteral("<rect width=\"150\" height=\"200\" fill=\"#%1\"/>\n"
                              "<circle cx=\"75\" cy=\"75\" r=\"36\" fill=\"#8a8f99\"/>\n"
                              "<path d=\"M15 200 Q75 100 135 200 Z\" fill=\"#2f3b52\"/>\n")
                   .arg(number % 2 ? QStringLiteral("dfe6f0") : QStringLiteral("e6ecf3")));
}

QByteArray DemoAssets::placeholderPdf(const QString &title)
{
    // A hand-written one-page PDF: QPdfWriter would stamp the current time into every file and
    // break byte-identical output. The title goes into the document information as UTF-16BE.
    QByteArray utf16 = "FEFF";
    for (QChar c : title)
        utf16 += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    const QByteArray stream = "BT /F1 16 Tf 72 770 Td (Form placeholder - Xunjian demo site) Tj ET\n";
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 "
        "R >> >> >>",
        "<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Title <" + utf16 + "> /Producer (Xunjian demo site) >>",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) +
           " /Root 1 0 R /Info 6 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

QByteArray DemoAssets::placeholderRtf(const QString &title, const QStringList &lines)
{
    // RTF escapes every non-ASCII character as \uN? (N a signed 16-bit number), so the file is
    // plain ASCII and needs no code page.
    auto escape = [](const QString &text) {
        QByteArray out;
        for (QChar c : text) {
            const ushort u = c.unicode();
            if (u < 0x80 && u != '\\' && u != '{' && u != '}')
                out += char(u);
            else
                out += "\\u" + QByteArray::number(qint16(u)) + '?';
        }
        return out;
    };
    QByteArray rtf = "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}}\\uc1\\f0\n"
                     "\\qc\\b\\fs36 " +
                     escape(title) + "\\b0\\par\\ql\\fs24\\par\n";
    for (const QString &line : lines)
        rtf += escape(line) + "\\par\n";
    return rtf + "}\n";
}

QString DemoAssets::styleSheet()
{
    QFile file(QStringLiteral(":/demo/style.css"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString DemoAssets::searchScript()
{
    QFile file(QStringLiteral(":/demo/search.js"));
    return file.open(QIODevice::ReadOnly) ? asciiOnly(QString::fromUtf8(file.readAll())) : QString();
}

} // namespace xj
