// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

namespace xj {

/// Text fill-ins: `{county}` in a template becomes vars[u"county"].
using DemoVars = QMap<QString, QString>;

struct DemoCorpusLeader
{
    QString name;
    QString misspelt; ///< a near-miss spelling, planted as a serious typo
};

struct DemoCorpusRole
{
    QString title;   ///< as listed in 领导之窗: 县长, 常务副县长, 副县长
    QString mention; ///< as written before the name in news: 县委副书记、县长
    QString duties;  ///< 分管工作
};

struct DemoCorpusGuide
{
    QString name, dept, basis, conditions, materials, fee, form, formExt, steps;
};

struct DemoCorpusMessage
{
    QString title, dept, question, reply;
};

/// The invented Chinese text the demo site is written from: names, titles and sentence templates,
/// kept as data (resources/demo/corpus.json) so that wording can change without touching code.
class DemoCorpus
{
    Q_DECLARE_TR_FUNCTIONS(xj::DemoCorpus)
public:
    /// Reads the corpus bundled in the core's resources.
    static Result<DemoCorpus> loadBundled();
    static Result<DemoCorpus> fromJson(const QByteArray &json);

    /// A top-level string list, or one list of an object of lists (`group`.`key`).
    QStringList strings(const QString &key) const;
    QStringList strings(const QString &group, const QString &key) const;
    /// A top-level string.
    QString text(const QString &key) const;

    QList<DemoCorpusLeader> leaders() const { return m_leaders; }
    QList<DemoCorpusRole> roles() const { return m_roles; }
    QList<DemoCorpusGuide> guides() const { return m_guides; }
    QList<DemoCorpusMessage> messages() const { return m_messages; }

    /// Replaces every `{name}` in `text` by its value; unknown names stay as they are.
    static QString fill(QString text, const DemoVars &vars);

private:
    DemoCorpus() = default;

    QJsonObject m_root;
    QList<DemoCorpusLeader> m_leaders;
    QList<DemoCorpusRole> m_roles;
    QList<DemoCorpusGuide> m_guides;
    QList<DemoCorpusMessage> m_messages;
};

} // namespace xj
