// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/typo/PinyinTable.h"

#include "checks/ChecksLogging.h"

#include <QDataStream>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QStandardPaths>

#include <cstring>
#include <memory>
#include <unicode/translit.h>
#include <unicode/uversion.h>

namespace xj {

namespace {

// The BMP's CJK Unified Ideographs and Extension A: every character a government page uses.
constexpr char16_t Ranges[][2] = {{0x4E00, 0x9FFF}, {0x3400, 0x4DBF}};
constexpr quint32 CacheMagic = 0x584A5059; // "XJPY"

/// Asking ICU takes about a second, so the result is kept in the cache folder, one file per ICU
/// version (a new ICU may read characters differently).
QString cachePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (dir.isEmpty())
        return {};
    return QDir(dir).filePath(QStringLiteral("pinyin-icu%1.bin").arg(QString::fromLatin1(U_ICU_VERSION)));
}

bool readCache(const QString &path, std::vector<QString> &syllables, std::vector<quint16> &sounds)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return false;
    QDataStream in(&file);
    quint32 magic = 0;
    QStringList names;
    QByteArray table;
    in >> magic >> names >> table;
    if (in.status() != QDataStream::Ok || magic != CacheMagic || table.size() != 0x20000 || names.isEmpty())
        return false;
    syllables.assign(names.cbegin(), names.cend());
    sounds.assign(0x10000, 0);
    std::memcpy(sounds.data(), table.constData(), std::size_t(table.size()));
    for (quint16 s : sounds) {
        if (s >= syllables.size())
            return false;
    }
    return true;
}

void writeCache(const QString &path, const std::vector<QString> &syllables,
                const std::vector<quint16> &sounds)
{
    if (path.isEmpty() || !QDir().mkpath(QFileInfo(path).absolutePath()))
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    QDataStream out(&file);
    out << CacheMagic << QStringList(syllables.cbegin(), syllables.cend())
        << QByteArray(reinterpret_cast<const char *>(sounds.data()),
                      qsizetype(sounds.size() * sizeof(quint16)));
    if (!file.commit())
        qCWarning(lcChecks) << "could not write the pinyin cache" << path;
}

} // namespace

const PinyinTable &PinyinTable::instance()
{
    static const PinyinTable table;
    return table;
}

PinyinTable::PinyinTable()
{
    QElapsedTimer timer;
    timer.start();
    m_syllables.push_back(QString());
    if (readCache(cachePath(), m_syllables, m_sounds)) {
        m_buildMs = timer.elapsed();
        return;
    }
    m_sounds.assign(0x10000, 0);
    UErrorCode status = U_ZERO_ERROR;
    // Latin-ASCII drops the tone marks: homophone slips in typing ignore tones.
    const std::unique_ptr<icu::Transliterator> transliterator(
        icu::Transliterator::createInstance("Han-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !transliterator) {
        qCWarning(lcChecks) << "ICU has no Han-Latin transliterator:" << u_errorName(status);
        return;
    }
    icu::UnicodeString all;
    for (const auto &range : Ranges) {
        for (char32_t c = range[0]; c <= range[1]; ++c) {
            all.append(char16_t(c));
            all.append(u'\n');
        }
    }
    transliterator->transliterate(all);
    const QString out = QString(reinterpret_cast<const QChar *>(all.getBuffer()), all.length());
    const QStringList lines = out.split(QLatin1Char('\n'));
    QHash<QString, quint16> ids;
    qsizetype line = 0;
    for (const auto &range : Ranges) {
        for (char32_t c = range[0]; c <= range[1]; ++c, ++line) {
            const QString syllable = line < lines.size() ? lines.at(line).trimmed() : QString();
            // A character ICU cannot read comes back unchanged (not ASCII letters).
            if (syllable.isEmpty() || syllable.at(0).unicode() > 0x7F)
                continue;
            auto it = ids.find(syllable);
            if (it == ids.end()) {
                it = ids.insert(syllable, quint16(m_syllables.size()));
                m_syllables.push_back(syllable);
            }
            m_sounds[c] = it.value();
        }
    }
    writeCache(cachePath(), m_syllables, m_sounds);
    m_buildMs = timer.elapsed();
}

QString PinyinTable::syllable(quint16 sound) const
{
    return sound < m_syllables.size() ? m_syllables[sound] : QString();
}

} // namespace xj
