// SPDX-License-Identifier: GPL-3.0-or-later
#include "training/TrainingPlanStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <utility>

namespace xj {

TrainingPlanStore::TrainingPlanStore(QString dataFolder)
    : m_dataFolder(std::move(dataFolder))
{}

QString TrainingPlanStore::customPath() const
{
    return QDir(m_dataFolder).filePath(QStringLiteral("training/plan.json"));
}

bool TrainingPlanStore::isCustomised() const
{
    return QFileInfo::exists(customPath());
}

Result<TrainingPlan> TrainingPlanStore::load() const
{
    if (!isCustomised())
        return TrainingPlan::builtIn();
    const QString path = customPath();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The edited training plan %1 cannot be read. Check its permissions, or go back to "
                        "the built-in plan.")
                         .arg(QDir::toNativeSeparators(path)),
                     file.errorString()};
    auto plan = TrainingPlan::parse(file.readAll(), QDir::toNativeSeparators(path));
    if (!plan)
        return Error{tr("The edited training plan %1 is broken: %2 Correct it, or go back to the built-in "
                        "plan.")
                         .arg(QDir::toNativeSeparators(path), plan.error().message),
                     plan.error().detail};
    return plan;
}

Status TrainingPlanStore::save(const TrainingPlan &plan) const
{
    if (Status valid = plan.validate(); !valid)
        return valid;
    const QString path = customPath();
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{tr("The folder for the training plan cannot be created in %1. Check that the data "
                        "folder is writable.")
                         .arg(QDir::toNativeSeparators(m_dataFolder)),
                     {}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("The training plan cannot be saved to %1. Check that the data folder is writable.")
                         .arg(QDir::toNativeSeparators(path)),
                     file.errorString()};
    file.write(QJsonDocument(plan.toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Error{tr("The training plan cannot be saved to %1. Check that the disk is not full.")
                         .arg(QDir::toNativeSeparators(path)),
                     file.errorString()};
    return Status::success();
}

Status TrainingPlanStore::resetToDefault() const
{
    const QString path = customPath();
    if (QFileInfo::exists(path) && !QFile::remove(path))
        return Error{tr("The edited training plan %1 cannot be deleted. Check its permissions.")
                         .arg(QDir::toNativeSeparators(path)),
                     {}};
    return Status::success();
}

} // namespace xj
