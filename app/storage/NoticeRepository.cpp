// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/NoticeRepository.h"

#include "storage/Database.h"
#include "storage/MetaRepository.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace xj {

namespace {

constexpr const char *Columns =
    "id, round_id, site_id, number, year, serial, issued_on, working_days, deadline, requirements";

Notice readNotice(const QSqlQuery &q)
{
    Notice n;
    n.id = q.value(0).toLongLong();
    n.roundId = q.value(1).toLongLong();
    n.siteId = q.value(2).toLongLong();
    n.number = q.value(3).toString();
    n.year = q.value(4).toInt();
    n.serial = q.value(5).toInt();
    n.issuedOn = fromDbDate(q.value(6));
    n.workingDays = q.value(7).toInt();
    n.deadline = fromDbDate(q.value(8));
    n.requirements = q.value(9).toString();
    return n;
}

const QRegularExpression &serialMarker()
{
    static const QRegularExpression marker(QStringLiteral("\\{n(?::(\\d))?\\}"));
    return marker;
}

// The settings as app_meta keys; one table of names so load and save cannot drift apart.
struct SettingKey
{
    const char *key;
    QString NoticeSettings::*text;
};
constexpr SettingKey TextKeys[] = {
    {"notice.office", &NoticeSettings::officeName},
    {"notice.number_pattern", &NoticeSettings::numberPattern},
    {"notice.contact_person", &NoticeSettings::contactPerson},
    {"notice.contact_phone", &NoticeSettings::contactPhone},
    {"notice.feedback", &NoticeSettings::feedbackMethod},
    {"notice.requirements", &NoticeSettings::requirements},
    {"notice.addressee", &NoticeSettings::addressee},
};

} // namespace

NoticeRepository::NoticeRepository(const Database &database)
    : m_db(database)
{}

Result<std::optional<Notice>> NoticeRepository::find(qint64 roundId, qint64 siteId) const
{
    auto rows = m_db.selectAll(QStringLiteral("SELECT %1 FROM notices WHERE round_id = ? AND site_id = ?")
                                   .arg(QLatin1String(Columns)),
                               {roundId, siteId}, readNotice);
    if (!rows)
        return rows.error();
    return rows.value().isEmpty() ? std::optional<Notice>() : std::optional<Notice>(rows.value().first());
}

Result<QList<Notice>> NoticeRepository::forRound(qint64 roundId) const
{
    return m_db.selectAll(QStringLiteral("SELECT %1 FROM notices WHERE round_id = ? ORDER BY serial")
                              .arg(QLatin1String(Columns)),
                          {roundId}, readNotice);
}

Result<Notice> NoticeRepository::next(qint64 roundId, qint64 siteId, const QDate &issuedOn,
                                      const NoticeSettings &settings, const QDate &deadline) const
{
    if (Status s = validatePattern(settings.numberPattern); !s)
        return s.error();
    auto existing = find(roundId, siteId);
    if (!existing)
        return existing.error();
    if (existing.value())
        return *existing.value();
    auto last = m_db.exec(QStringLiteral("SELECT COALESCE(MAX(serial), 0) FROM notices WHERE year = ?"),
                          {issuedOn.year()});
    if (!last)
        return last.error();
    last.value().next();
    Notice notice;
    notice.roundId = roundId;
    notice.siteId = siteId;
    notice.year = issuedOn.year();
    notice.serial = std::max(last.value().value(0).toInt() + 1, std::max(1, settings.firstSerial));
    notice.number = formatNumber(settings.numberPattern, notice.year, notice.serial);
    notice.issuedOn = issuedOn;
    notice.workingDays = std::max(1, settings.workingDays);
    notice.deadline = deadline;
    return notice;
}

Result<Notice> NoticeRepository::preview(qint64 roundId, qint64 siteId, const QDate &issuedOn,
                                         const NoticeSettings &settings, const QDate &deadline) const
{
    return next(roundId, siteId, issuedOn, settings, deadline);
}

Result<Notice> NoticeRepository::issue(qint64 roundId, qint64 siteId, const QDate &issuedOn,
                                       const NoticeSettings &settings, const QDate &deadline) const
{
    Notice notice;
    Status s = withTransaction(m_db, [&]() -> Status {
        auto candidate = next(roundId, siteId, issuedOn, settings, deadline);
        if (!candidate)
            return candidate.error();
        notice = candidate.value();
        if (notice.id > 0)
            return Status::success();
        auto q = m_db.exec(
            QStringLiteral("INSERT INTO notices (round_id, site_id, number, year, serial, issued_on, "
                           "working_days, deadline) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {roundId, siteId, notice.number, notice.year, notice.serial, toDbDate(notice.issuedOn),
             notice.workingDays, toDbDate(notice.deadline)});
        if (!q)
            return q.error();
        notice.id = q.value().lastInsertId().toLongLong();
        return Status::success();
    });
    if (!s)
        return s.error();
    return notice;
}

Status NoticeRepository::update(const Notice &notice) const
{
    if (notice.number.trimmed().isEmpty())
        return Error{tr("A notice needs a number (文号)."), {}};
    return withTransaction(m_db, [&]() -> Status {
        auto q = m_db.exec(
            QStringLiteral("UPDATE notices SET number = ?, issued_on = ?, working_days = ?, deadline = ?, "
                           "requirements = ?, updated_at = ? WHERE id = ?"),
            {notice.number.trimmed(), toDbDate(notice.issuedOn), std::max(1, notice.workingDays),
             toDbDate(notice.deadline), notNullText(notice.requirements), nowDbTime(), notice.id});
        if (!q)
            return q.error();
        if (q.value().numRowsAffected() != 1)
            return Error{tr("The notice no longer exists; export it again."), {}};
        return Status::success();
    });
}

Result<NoticeSettings> NoticeRepository::settings() const
{
    NoticeSettings settings = defaultSettings();
    MetaRepository meta(m_db);
    for (const SettingKey &k : TextKeys) {
        auto value = meta.value(QLatin1String(k.key), settings.*k.text);
        if (!value)
            return value.error();
        settings.*k.text = value.value();
    }
    for (auto [key, target] : {std::pair{"notice.first_serial", &settings.firstSerial},
                               std::pair{"notice.working_days", &settings.workingDays}}) {
        auto value = meta.value(QLatin1String(key), QString::number(*target));
        if (!value)
            return value.error();
        bool ok = false;
        const int number = value.value().toInt(&ok);
        if (ok && number > 0)
            *target = number;
    }
    return settings;
}

Status NoticeRepository::saveSettings(const NoticeSettings &settings) const
{
    if (Status s = validatePattern(settings.numberPattern); !s)
        return s;
    if (settings.workingDays < 1 || settings.workingDays > 365)
        return Error{tr("The deadline must be between 1 and 365 working days."), {}};
    MetaRepository meta(m_db);
    return withTransaction(m_db, [&]() -> Status {
        for (const SettingKey &k : TextKeys) {
            if (Status s = meta.setValue(QLatin1String(k.key), (settings.*k.text).trimmed()); !s)
                return s;
        }
        if (Status s =
                meta.setValue(QStringLiteral("notice.first_serial"), QString::number(settings.firstSerial));
            !s)
            return s;
        return meta.setValue(QStringLiteral("notice.working_days"), QString::number(settings.workingDays));
    });
}

QString NoticeRepository::formatNumber(const QString &pattern, int year, int serial)
{
    QString number = pattern;
    number.replace(QLatin1String("{year}"), QString::number(year));
    QRegularExpressionMatch m;
    while ((m = serialMarker().match(number)).hasMatch()) {
        const int width = m.captured(1).isEmpty() ? 0 : m.captured(1).toInt();
        number.replace(m.capturedStart(), m.capturedLength(),
                       QStringLiteral("%1").arg(serial, width, 10, QLatin1Char('0')));
    }
    return number;
}

Status NoticeRepository::validatePattern(const QString &pattern)
{
    if (!serialMarker().match(pattern).hasMatch())
        return Error{tr("The notice number pattern \"%1\" has no {n} for the running number. Write it like "
                        "安电政发〔{year}〕{n}号.")
                         .arg(pattern),
                     {}};
    return {};
}

NoticeSettings NoticeRepository::defaultSettings()
{
    // The documents are Chinese official documents whatever language the window speaks, so the
    // defaults are Chinese text, not tr().
    NoticeSettings s;
    s.officeName = QStringLiteral("（发文机关名称）");
    s.numberPattern = QStringLiteral("网检整改〔{year}〕{n}号");
    s.feedbackMethod = QStringLiteral("以书面形式（加盖单位公章）报送");
    s.requirements = QStringLiteral(
        "请你单位高度重视，对照问题清单逐项整改，举一反三开展全面自查，建立健全信息发布审核和日常巡查机制，"
        "确保网站内容准确、更新及时、运行安全。");
    s.addressee = QStringLiteral("各有关单位：");
    return s;
}

} // namespace xj
