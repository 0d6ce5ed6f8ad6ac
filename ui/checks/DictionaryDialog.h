// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Site.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTabWidget;
class QTableView;

namespace xj {

class Database;
class DictionaryEntryModel;

/// The office's own word lists for the automated checks: protected names (with the title each
/// person holds), organisation names and fixed terms; the allow-list of text that is correct; and
/// hosts whose scripts are expected. Entries can hold for every site or only the current one.
/// Every add or remove is saved at once (one transaction); `changed()` tells the checker to reload.
class DictionaryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DictionaryDialog)
public:
    DictionaryDialog(const Database &database, const Site &currentSite, QWidget *parent = nullptr);

    bool isChanged() const { return m_changed; }

private:
    struct Page
    {
        DictionaryEntryModel *model = nullptr;
        QTableView *view = nullptr;
        QLineEdit *term = nullptr;
        QLineEdit *title = nullptr; ///< protected persons
        QComboBox *kind = nullptr;  ///< protected: person / organisation / fixed term
        QComboBox *check = nullptr; ///< allow-list: which check
        QCheckBox *onlyThisSite = nullptr;
        QLineEdit *note = nullptr;
    };
    QWidget *createPage(Page &page, int list);
    void add(Page &page);
    void removeSelected(Page &page);
    void reload();

    const Database &m_db;
    Site m_site;
    QTabWidget *m_tabs;
    Page m_protected;
    Page m_allow;
    Page m_hosts;
    bool m_changed = false;
};

} // namespace xj
