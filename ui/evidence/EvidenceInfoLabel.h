// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Evidence.h"

#include <QLabel>

namespace xj {

/// Where and when an evidence file was taken and how to prove it unaltered: page address, final
/// address after redirects, HTTP status, capture time (local), size, and the SHA-256 as selectable
/// text so it can be copied into a letter or compared with a saved copy.
class EvidenceInfoLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceInfoLabel)
public:
    explicit EvidenceInfoLabel(QWidget *parent = nullptr);

    void setEvidence(const Evidence &evidence);

    static QString describe(const Evidence &evidence);
};

} // namespace xj
