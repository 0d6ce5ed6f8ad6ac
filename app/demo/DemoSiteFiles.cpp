// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoSiteFiles.h"

#include "demo/DemoContent.h"

#include <QStringEncoder>

namespace xj {

void DemoSiteFiles::addPage(const QString &path, const QString &html)
{
    if (!DemoSiteContent::usesGbk(path)) {
        addText(path, html);
        return;
    }
    // Qt's ICU backend provides GBK; QStringConverter's built-in list does not.
    QStringEncoder encoder("GBK");
    if (!encoder.isValid()) {
        m_errors.append(QStringLiteral("GBK encoder unavailable for ") + path);
        return;
    }
    const QByteArray bytes = encoder.encode(html);
    if (encoder.hasError())
        m_errors.append(QStringLiteral("text not representable in GBK in ") + path);
    m_files.insert(path, bytes);
}

void DemoSiteFiles::addText(const QString &path, const QString &text)
{
    m_files.insert(path, text.toUtf8());
}

void DemoSiteFiles::addBinary(const QString &path, const QByteArray &bytes)
{
    m_files.insert(path, bytes);
}

int DemoSiteFiles::pageCount() const
{
    int count = 0;
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
        if (it.key().endsWith(QLatin1String(".html")))
            ++count;
    }
    return count;
}

} // namespace xj
