// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace xj {

class Database;
class FindingChoiceModel;

/// "Save findings as exercise": the instructor ticks findings of the round's site whose pages were
/// archived; their archived pages become the exercise's site and the findings its answer key.
class SaveExerciseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaveExerciseDialog)
public:
    SaveExerciseDialog(const Database &database, QString dataFolder, qint64 roundId, qint64 siteId,
                       QWidget *parent = nullptr);

    qint64 savedExerciseId() const { return m_savedId; }

    void accept() override;

private:
    void load();

    const Database &m_db;
    QString m_dataFolder;
    qint64 m_roundId;
    qint64 m_siteId;
    FindingChoiceModel *m_model = nullptr;
    QLineEdit *m_title;
    QLabel *m_status;
    QPushButton *m_save;
    qint64 m_savedId = 0;
};

} // namespace xj
