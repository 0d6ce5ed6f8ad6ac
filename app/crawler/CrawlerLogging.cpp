// SPDX-License-Identifier: GPL-3.0-or-later
#include "crawler/CrawlerLogging.h"

Q_LOGGING_CATEGORY(lcCrawler, "xunjian.crawler", QtInfoMsg)
