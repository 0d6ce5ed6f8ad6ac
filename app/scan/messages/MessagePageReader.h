// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scan/messages/MessageRecord.h"

#include <optional>

namespace xj {

struct PageSnapshot;

/// Recognises the pages of a message board (互动交流: 县长信箱, 咨询投诉, 网上问政) in a crawled
/// page and reads their messages: a detail page gives one message with its asked and answered
/// dates, status and reply; a list page one record per row, keyed by the row's link to the
/// detail page. Works from the PageSnapshot's blocks and links and the board's field labels, not
/// from any one CMS's markup, so it reads real sites as well as the demo.
class MessagePageReader
{
public:
    static MessagePageFacts read(const PageSnapshot &page);
    /// The message of a detail page: a labelled asked date (留言时间：…) and at least one other
    /// board field (status, answer date, reply, 留言人). Nothing for other pages, and nothing for a
    /// page whose asked dates are in several blocks (a list of labelled items).
    static std::optional<MessageRecord> readDetail(const PageSnapshot &page);
};

} // namespace xj
