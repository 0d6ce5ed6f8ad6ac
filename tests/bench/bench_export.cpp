// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDataDir.h"
#include "evidence/EvidenceRecorder.h"
#include "report/ExportPlanner.h"
#include "report/ExportRunner.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImageReader>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace xj;

// The end of a round: every notice of 50 sites with 60 findings each, every finding with a
// 1920×1080 screenshot (XUNJIAN_BENCH_SHOT=1280x800 for another size), as PDF into a folder and a zip (issue
// target: under 60 s). Baseline: the bare picture work the export cannot avoid — decoding the same 3,000
// screenshots and drawing each into a PDF page with QPdfWriter, one thread — measured in the same run.
class BenchExport : public QObject
{
    Q_OBJECT

    static constexpr int Sites = 50;
    static constexpr int FindingsPerSite = 60;
    TestDataDir m_dir;
    Database m_db;
    QStringList m_pictures; ///< the distinct screenshot files in the evidence store
    qint64 m_baselineMs = 0;

    /// The screenshot size: XUNJIAN_BENCH_SHOT=WIDTHxHEIGHT, by default a full-HD screen's capture.
    static QSize shotSize()
    {
        const QStringList parts = qEnvironmentVariable("XUNJIAN_BENCH_SHOT").split(QLatin1Char('x'));
        const QSize size(parts.value(0).toInt(), parts.value(1).toInt());
        return size.isValid() && !size.isEmpty() ? size : QSize(1920, 1080);
    }

    static QByteArray screenshot(int n)
    {
        // A page-like picture: header band, text lines, a coloured block that differs per finding,
        // so every PNG is different and compresses like a real screenshot.
        const QSize size = shotSize();
        QImage image(size, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        p.fillRect(0, 0, size.width(), 90, QColor(180, 20, 20));
        p.setPen(Qt::darkGray);
        for (int y = 130; y < size.height() - 20; y += 22)
            p.drawLine(60, y, 60 + (y * 37 + n * 53) % (size.width() - 120), y);
        p.fillRect(200 + n * 13 % (size.width() / 2), 300, 240, 160, QColor::fromHsv(n * 37 % 360, 160, 220));
        p.end();
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return png;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_db.open(m_dir.databasePath()).ok());
        auto exec = [this](const QString &sql, const QVariantList &params = {}) {
            auto q = m_db.exec(sql, params);
            return q.ok() ? q.value().lastInsertId().toLongLong() : qint64(-1);
        };
        QList<QByteArray> pngs;
        for (int i = 0; i < FindingsPerSite; ++i)
            pngs.append(screenshot(i));
        EvidenceRecorder recorder(m_db, m_dir.path());
        Status s = withTransaction(m_db, [&]() -> Status {
            const qint64 round =
                exec(QStringLiteral("INSERT INTO rounds (name, kind, inspection_date) VALUES "
                                    "('2026年第4季度检查', 'quarterly', '2026-11-27')"));
            for (int site = 1; site <= Sites; ++site) {
                const qint64 unit = exec(QStringLiteral("INSERT INTO units (name) VALUES (?)"),
                                         {QStringLiteral("第%1号主办单位").arg(site)});
                const qint64 siteId =
                    exec(QStringLiteral("INSERT INTO sites (kind, name, url, unit_id, site_code) "
                                        "VALUES ('website', ?, ?, ?, ?)"),
                         {QStringLiteral("测试县第%1政府网站").arg(site),
                          QStringLiteral("http://site%1.example.gov.cn/").arg(site), unit,
                          QStringLiteral("33999%1").arg(site, 5, 10, QLatin1Char('0'))});
                for (int f = 0; f < FindingsPerSite; ++f) {
                    const qint64 finding = exec(
                        QStringLiteral(
                            "INSERT INTO findings (site_id, round_id, url, description, severity, state, "
                            "found_at) VALUES (?, ?, ?, ?, ?, 'confirmed', '2026-11-27T09:00:00Z')"),
                        {siteId, round,
                         QStringLiteral("http://site%1.example.gov.cn/xxgk/%2.html").arg(site).arg(f),
                         QStringLiteral("第%1个问题：栏目“通知公告”超过六个月未更新，页面存在错别字。")
                             .arg(f + 1),
                         f % 10 == 0 ? QStringLiteral("veto") : QStringLiteral("deduction")});
                    Evidence meta;
                    meta.findingId = finding;
                    meta.kind = EvidenceKind::Screenshot;
                    meta.fileSuffix = QStringLiteral("png");
                    meta.capturedAt = QDateTime::currentDateTimeUtc();
                    auto stored = recorder.addBytes(pngs.at(f), meta);
                    if (!stored)
                        return stored.error();
                }
            }
            return Status::success();
        });
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().fullText()));
        QDir store(m_dir.filePath(QStringLiteral("evidence")));
        QDirIterator it(store.path(), {QStringLiteral("*.png")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            m_pictures.append(it.next());
        QCOMPARE(m_pictures.size(), FindingsPerSite);
    }

    void baselineDecodeAndDrawPictures()
    {
        QElapsedTimer timer;
        timer.start();
        QPdfWriter pdf(m_dir.filePath(QStringLiteral("baseline.pdf")));
        QPainter painter(&pdf);
        int drawn = 0;
        for (int site = 0; site < Sites; ++site) {
            for (const QString &path : m_pictures) {
                QImageReader reader(path);
                reader.setScaledSize(QSize(480, 300));
                const QImage image = reader.read();
                QVERIFY(!image.isNull());
                painter.drawImage(QRect(0, 0, 2400, 1500), image);
                if (++drawn % 12 == 0)
                    pdf.newPage();
            }
        }
        painter.end();
        m_baselineMs = timer.elapsed();
        qInfo("baseline: %d pictures decoded and drawn into one PDF in %lld ms", drawn, m_baselineMs);
    }

    void exportAllNotices()
    {
        ExportRequest request;
        request.roundId = 1;
        request.kind = ExportKind::Notices;
        request.format = ReportFormat::Pdf;
        request.folder = m_dir.filePath(QStringLiteral("notices"));
        request.issuedOn = QDate(2026, 11, 27);
        QElapsedTimer timer;
        timer.start();
        auto plan = ExportPlanner::plan(m_db, m_dir.path(), request);
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().fullText()));
        const qint64 planned = timer.elapsed();
        auto outcome = ExportRunner::run(plan.value());
        QVERIFY2(outcome.ok(), outcome.ok() ? "" : qPrintable(outcome.error().fullText()));
        const qint64 total = timer.elapsed();
        QCOMPARE(outcome.value().files.size(), Sites);
        QVERIFY(QFileInfo(outcome.value().zipPath).size() > 0);
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {outcome.value().files.last()});
        QVERIFY(info.waitForFinished(60000));
        const QString text = QString::fromUtf8(info.readAllStandardOutput());
        const int pages =
            QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(text).captured(1).toInt();
        QVERIFY2(pages >= 10, qPrintable(text)); // 60 rows with pictures do not fit on a few pages
        qInfo(
            "export: %d notices x %d findings with %dx%d screenshots in %lld ms (planning %lld ms), %d pages "
            "each; %.2fx the baseline's %lld ms; target < 60000 ms",
            Sites, FindingsPerSite, shotSize().width(), shotSize().height(), total, planned, pages,
            m_baselineMs ? double(total) / m_baselineMs : 0.0, m_baselineMs);
    }
};

QTEST_MAIN(BenchExport)
#include "bench_export.moc"
