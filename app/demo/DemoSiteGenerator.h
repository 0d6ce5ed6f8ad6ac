// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "demo/DemoAnswerKey.h"
#include "demo/DemoSiteFiles.h"
#include "demo/DemoSiteManifest.h"
#include "demo/DemoSiteSpec.h"

#include <QCoreApplication>

namespace xj {

/// A generated demo site in memory: its files, its answer key and its manifest.
struct DemoSite
{
    DemoSiteFiles files;
    DemoAnswerKey answerKey;
    DemoSiteManifest manifest;
};

/// Writes a realistic, entirely fictional county-government website as static files, with
/// problems planted on purpose (unless the spec asks for a clean site) and an answer key listing
/// them, so that inspectors can practise and automated checks can be measured. The output depends
/// on the spec alone: the same spec gives byte-identical files.
class DemoSiteGenerator
{
    Q_DECLARE_TR_FUNCTIONS(xj::DemoSiteGenerator)
public:
    static inline const QString AnswerKeyFileName = QStringLiteral("answer-key.json");
    static inline const QString ManifestFileName = QStringLiteral("manifest.json");

    /// Builds the site and writes it to `outDir`, which must not exist, be empty, or hold an
    /// earlier demo site (whose files are replaced; anything else in it is left alone).
    static Result<DemoSiteManifest> generate(const DemoSiteSpec &spec, const QString &outDir);

    /// Builds the site without touching the disk.
    static Result<DemoSite> build(const DemoSiteSpec &spec);

    static Status validate(const DemoSiteSpec &spec);
    /// Whether `dir` holds a demo site written by generate() (it has a readable manifest).
    static bool isDemoSiteFolder(const QString &dir);

private:
    static Status prepareFolder(const QString &dir);
    static Status removePreviousSite(const QString &dir);
    static Status writeFile(const QString &dir, const QString &relativePath, const QByteArray &bytes);
};

} // namespace xj
