// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/CheckRegistry.h"

#include "checks/dates/PublishDateCheck.h"
#include "checks/hijack/ForeignScriptCheck.h"
#include "checks/hijack/HiddenLinkCheck.h"
#include "checks/hijack/MixedContentCheck.h"
#include "checks/hijack/SpamKeywordCheck.h"
#include "checks/identifiers/DomainRuleCheck.h"
#include "checks/identifiers/SiteIdentifierCheck.h"
#include "checks/privacy/PersonalDataCheck.h"
#include "checks/typo/ConfusionCheck.h"
#include "checks/typo/EnglishSpellingCheck.h"
#include "checks/typo/ProtectedNameCheck.h"

namespace xj {

const QList<std::shared_ptr<const PageCheck>> &CheckRegistry::checks()
{
    static const QList<std::shared_ptr<const PageCheck>> all{
        std::make_shared<ConfusionCheck>(),       std::make_shared<ProtectedNameCheck>(),
        std::make_shared<EnglishSpellingCheck>(), std::make_shared<PublishDateCheck>(),
        std::make_shared<PersonalDataCheck>(),    std::make_shared<SiteIdentifierCheck>(),
        std::make_shared<DomainRuleCheck>(),      std::make_shared<HiddenLinkCheck>(),
        std::make_shared<SpamKeywordCheck>(),     std::make_shared<ForeignScriptCheck>(),
        std::make_shared<MixedContentCheck>(),
    };
    return all;
}

} // namespace xj
