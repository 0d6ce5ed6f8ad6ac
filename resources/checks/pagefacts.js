// SPDX-License-Identifier: GPL-3.0-or-later
// The page side of xj::PageFactsCollector. It runs in Qt WebEngine's isolated application world:
// it shares the DOM with the page but none of its globals, so the page can neither see nor break
// it. Every call from C++ sends this file followed by one expression on window.__xunjianChecks;
// the guard makes the set-up run once per document. It only reads the page (computed styles,
// boxes, text); the only elements it adds are its own highlight boxes, which it removes again.
//
// The text rules are those of xj::StaticPageReader, so that a check finds the same words in a
// rendered page as in its saved HTML; the concealment bits are those of xj::Concealment.
(function () {
    'use strict';
    if (window.__xunjianChecks)
        return;

    const DISPLAY_NONE = 1, VISIBILITY_HIDDEN = 2, ZERO_SIZE = 4, OFF_SCREEN = 8, FONT_SIZE_ZERO = 16,
          SAME_COLOUR = 32, TINY_OVERFLOW_BOX = 64, TRANSPARENT = 128;
    // The thresholds of xj::InlineStyle, so both readers call the same things hidden.
    const OFF_SCREEN_PX = -500;
    const TINY_BOX_PX = 2;
    const SAME_COLOUR_TOLERANCE = 24; // sum of the RGB channel differences
    // StaticPageReader::MaxDepth: deeper elements are read as text of their ancestor.
    const MAX_DEPTH = 400;
    const SCRIPT_CHARS = 20000, MAX_SCRIPTS = 200, LINK_TEXT_CHARS = 5000;
    const BOX_ATTRIBUTE = 'data-xunjian-check';
    const FOCUS_MS = 2000;
    const MAX_RECTS = 50;

    const BLOCK_TAGS = new Set([
        'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
        'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5',
        'h6', 'header', 'hr', 'html', 'legend', 'li', 'main', 'nav', 'ol', 'option', 'p', 'pre', 'section',
        'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'select', 'textarea']);
    const BLOCK_DISPLAY = /^(block|list-item|table(-.*)?|flex|grid|flow-root)$/;
    // Elements the user-agent style sheet never draws (display:none by default): a script or a
    // stylesheet link is not "hidden" in the sense of a concealed link, as in the static reader.
    const NOT_DRAWN = new Set(['head', 'script', 'style', 'link', 'meta', 'base', 'title', 'template', 'noscript',
                               'source', 'track', 'param', 'area']);
    const URL_ATTRIBUTES = {
        a: 'href', area: 'href', link: 'href', img: 'src', script: 'src', iframe: 'src', frame: 'src',
        embed: 'src', source: 'src', audio: 'src', video: 'src', object: 'data', form: 'action'};
    const COLLAPSIBLE = /[ \t\n\r\f\u00a0]+/g;
    // QChar::isSpace, which QString::trimmed() uses on the C++ side (U+3000 included).
    const LEADING_SPACE = /^[\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;
    const TRAILING_SPACE = /[\t-\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/;

    // From the last collect(): per block, the text nodes it was made of, for highlight().
    let collected = [];
    const drawn = new Map(); // item id -> its boxes

    function isCjk(code) {
        return (code >= 0x3000 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) ||
               (code >= 0xff00 && code <= 0xffef);
    }

    // Calls visit(piece, index) for each run of non-whitespace in `data`; `space` says whether a
    // space goes before it. The rule of StaticPageReader::appendCollapsed: runs of whitespace are
    // one space, none at the start of a block and none between two CJK characters.
    function collapse(data, state, visit) {
        let from = 0;
        COLLAPSIBLE.lastIndex = 0;
        for (;;) {
            const m = COLLAPSIBLE.exec(data);
            const end = m ? m.index : data.length;
            if (end > from) {
                const space = state.pending && state.prev !== 0 && !(isCjk(state.prev) && isCjk(data.charCodeAt(from)));
                visit(data.substring(from, end), from, space);
                state.prev = data.charCodeAt(end - 1);
                state.pending = false;
            }
            if (!m)
                return;
            state.pending = true;
            from = m.index + m[0].length;
        }
    }

    function collapsed(text) {
        let out = '';
        collapse(text, {pending: false, prev: 0}, (piece, index, space) => {
            out += (space ? ' ' : '') + piece;
        });
        return out;
    }

    // --- selectors: the algorithm of uniqueSelector() in capture.js, built top-down ---------------
    // There an id counts when querySelectorAll('#id') finds only this element, and a path of
    // :nth-of-type steps from body, html or such an id is unique by construction. Counting the ids
    // once gives the same selectors without a document-wide query per element.
    function idCounts() {
        const counts = new Map();
        for (const element of document.querySelectorAll('[id]'))
            counts.set(element.id, (counts.get(element.id) || 0) + 1);
        return counts;
    }

    function selectorOf(element, parent, position, ids) {
        if (element === document.documentElement || element === document.body)
            return element.localName;
        if (element.id && ids.get(element.id) === 1)
            return '#' + CSS.escape(element.id);
        const step = CSS.escape(element.localName) + ':nth-of-type(' + position + ')';
        return parent ? parent.selector + ' > ' + step : step;
    }

    // --- concealment ------------------------------------------------------------------------------
    function parseColour(value) {
        const m = /^rgba?\(([^)]*)\)$/.exec(value || '');
        if (!m)
            return null;
        const parts = m[1].split(/[\s,/]+/).filter((p) => p.length).map(parseFloat);
        if (parts.length < 3 || parts.some((p) => isNaN(p)))
            return null;
        return {r: parts[0], g: parts[1], b: parts[2], a: parts.length > 3 ? parts[3] : 1};
    }

    // The colour the element's text is drawn on: its background over its ancestors', down to the
    // white canvas. Unknown (null) under a background image: the text may well be readable there.
    function effectiveBackground(style, under) {
        if (style.backgroundImage && style.backgroundImage !== 'none')
            return null;
        const c = parseColour(style.backgroundColor);
        if (!c)
            return null;
        if (c.a >= 1)
            return c;
        if (c.a <= 0 || !under)
            return under;
        return {r: c.r * c.a + under.r * (1 - c.a), g: c.g * c.a + under.g * (1 - c.a),
                b: c.b * c.a + under.b * (1 - c.a), a: 1};
    }

    function clipsEverything(style) {
        if (style.position === 'absolute' || style.position === 'fixed') {
            const m = /^rect\(([^)]*)\)$/.exec(style.clip || '');
            if (m) {
                const e = m[1].split(/[\s,]+/).map(parseFloat);
                if (e.length === 4 && (e[2] - e[0] <= 0 || e[1] - e[3] <= 0))
                    return true;
            }
        }
        const inset = /^inset\(([^)]*)\)/.exec(style.clipPath || '');
        if (inset) {
            const a = inset[1].split(/\s+/).filter((t) => t.endsWith('%')).map(parseFloat);
            const top = a[0], right = a.length > 1 ? a[1] : top, bottom = a.length > 2 ? a[2] : top,
                  left = a.length > 3 ? a[3] : right;
            return top + bottom >= 100 || left + right >= 100;
        }
        return false;
    }

    // Flags an element passes on to everything inside it, from its computed style alone (an
    // element inside display:none has no box). Visibility, font size and colour are inherited by
    // CSS itself and a child may set them back, so those are read on the text's own element.
    function inheritedFlags(element, style, parentFlags) {
        let flags = parentFlags;
        if (NOT_DRAWN.has(element.localName))
            return flags;
        if (style.display === 'none')
            flags |= DISPLAY_NONE;
        if (parseFloat(style.opacity) === 0)
            flags |= TRANSPARENT;
        if (clipsEverything(style))
            flags |= ZERO_SIZE;
        if (style.textIndent.endsWith('px') && parseFloat(style.textIndent) <= OFF_SCREEN_PX)
            flags |= OFF_SCREEN;
        const clipping = /hidden|clip/.test(style.overflowX + ' ' + style.overflowY);
        if (clipping && !(flags & DISPLAY_NONE) && style.display !== 'inline' && style.display !== 'contents') {
            const r = element.getBoundingClientRect();
            if (r.width <= TINY_BOX_PX || r.height <= TINY_BOX_PX)
                flags |= TINY_OVERFLOW_BOX;
        }
        return flags;
    }

    // Flags of the text drawn by this element.
    function textFlags(context) {
        if (context.text === undefined) {
            const style = context.style;
            let flags = style.visibility === 'hidden' || style.visibility === 'collapse' ? VISIBILITY_HIDDEN : 0;
            if (parseFloat(style.fontSize) === 0)
                flags |= FONT_SIZE_ZERO;
            const colour = parseColour(style.color);
            if (colour && colour.a <= 0)
                flags |= TRANSPARENT;
            else if (colour && context.background &&
                     Math.abs(colour.r - context.background.r) + Math.abs(colour.g - context.background.g) +
                             Math.abs(colour.b - context.background.b) <= SAME_COLOUR_TOLERANCE)
                flags |= SAME_COLOUR;
            context.text = flags;
        }
        return context.text;
    }

    // The element's box in document coordinates and the flags that come from it.
    function boxOf(element, context) {
        const r = element.getBoundingClientRect();
        const box = {x: r.left + window.scrollX, y: r.top + window.scrollY, w: r.width, h: r.height, flags: 0};
        if (context.flags & DISPLAY_NONE || NOT_DRAWN.has(element.localName) || context.style.display === 'contents')
            return box;
        if ((r.width === 0 || r.height === 0) && !hasSizedDescendant(element))
            box.flags |= ZERO_SIZE;
        if (box.x + box.w < OFF_SCREEN_PX || box.y + box.h < OFF_SCREEN_PX)
            box.flags |= OFF_SCREEN;
        return box;
    }

    // An inline link around a floated or block image has an empty box of its own.
    function hasSizedDescendant(element) {
        const all = element.getElementsByTagName('*');
        for (let i = 0; i < all.length && i < 50; ++i) {
            const r = all[i].getBoundingClientRect();
            if (r.width > 0 && r.height > 0)
                return true;
        }
        return false;
    }

    // --- the walk: StaticPageReader's Reader over the live DOM ------------------------------------
    function Reader(limits) {
        this.limits = limits;
        this.ids = idCounts();
        this.blocks = [];
        this.links = [];
        this.segments = [];
        this.scripts = [];
        this.truncated = false;
        this.stack = [this.builder(null, null)];
    }

    Reader.prototype.builder = function (element, context) {
        return {element: element, context: context, text: '', pending: false, prev: 0, segments: [], links: [],
                textMask: -1};
    };

    Reader.prototype.full = function () {
        return this.blocks.length >= this.limits.maxBlocks && this.links.length >= this.limits.maxLinks;
    };

    Reader.prototype.flush = function () {
        const b = this.stack[this.stack.length - 1];
        const lead = (LEADING_SPACE.exec(b.text) || [''])[0].length;
        const text = b.text.substring(lead).replace(TRAILING_SPACE, '');
        if (text.length && b.element) {
            if (this.blocks.length >= this.limits.maxBlocks) {
                this.truncated = true;
            } else {
                const box = boxOf(b.element, b.context);
                const index = this.blocks.length;
                this.blocks.push({text: text, selector: b.context.selector, tag: b.element.localName, x: box.x,
                                  y: box.y, w: box.w, h: box.h,
                                  concealed: b.context.flags | box.flags | Math.max(b.textMask, 0)});
                this.segments.push({lead: lead, segments: b.segments});
                for (const link of b.links)
                    link.block = index;
            }
        }
        b.text = '';
        b.pending = false;
        b.prev = 0;
        b.segments = [];
        b.links = [];
        b.textMask = -1;
    };

    Reader.prototype.textNode = function (node, parent) {
        const b = this.stack[this.stack.length - 1];
        const data = node.data;
        let any = false;
        const state = {pending: b.pending, prev: b.text.length ? b.prev : 0};
        const segment = {node: node, start: b.text.length, pending: state.pending, prev: state.prev};
        collapse(data, state, (piece, index, space) => {
            any = true;
            b.text += (space ? ' ' : '') + piece;
        });
        b.pending = state.pending;
        b.prev = state.prev;
        if (any) {
            b.segments.push(segment);
            // A block is concealed when all of its text is: a hidden span in a paragraph hides
            // only itself.
            const mask = parent.flags | textFlags(parent);
            b.textMask = b.textMask < 0 ? mask : b.textMask & mask;
        }
    };

    Reader.prototype.addLink = function (element, tag, context, builder) {
        const attribute = URL_ATTRIBUTES[tag];
        const raw = (element.getAttribute(attribute) || '').trim();
        if (!raw.length || raw.startsWith('#'))
            return;
        if (this.links.length >= this.limits.maxLinks) {
            this.truncated = true;
            return;
        }
        // The DOM property resolves against the base URL; a form control named "action" or an SVG
        // link shadows it with something that is not a string.
        const property = element[attribute];
        let url = typeof property === 'string' ? property : '';
        if (!url) {
            try {
                url = new URL(raw, document.baseURI).href;
            } catch (e) {
                url = raw;
            }
        }
        const box = boxOf(element, context);
        let text = '';
        let flags = context.flags | box.flags;
        // A block's visibility is judged by its text (a child may be visible again); an image or a
        // frame by its own.
        const visibility = context.style.visibility;
        if (!NOT_DRAWN.has(tag) && (visibility === 'hidden' || visibility === 'collapse'))
            flags |= VISIBILITY_HIDDEN;
        if (tag === 'img') {
            text = element.getAttribute('alt') || '';
        } else if (tag === 'a' || tag === 'area') {
            text = collapsed((element.textContent || '').substring(0, LINK_TEXT_CHARS));
            if (text.length)
                flags |= textFlags(context);
            else
                text = element.getAttribute('title') || '';
        }
        const link = {tag: tag, attribute: attribute, rawUrl: raw, url: url, text: text, selector: context.selector,
                      x: box.x, y: box.y, w: box.w, h: box.h, concealed: flags, block: -1};
        this.links.push(link);
        builder.links.push(link);
    };

    Reader.prototype.element = function (element, parent, position, depth) {
        const tag = element.localName.toLowerCase();
        if (tag === 'template' || tag === 'noscript' || tag === 'style' || tag === 'title' || tag === 'meta' ||
            tag === 'base' || element.hasAttribute(BOX_ATTRIBUTE))
            return;
        const style = getComputedStyle(element);
        const context = {selector: selectorOf(element, parent, position, this.ids), style: style,
                         flags: inheritedFlags(element, style, parent ? parent.flags : 0),
                         background: effectiveBackground(style, parent ? parent.background : {r: 255, g: 255, b: 255}),
                         text: undefined};
        if (tag === 'script') {
            if (element.hasAttribute('src')) {
                this.addLink(element, tag, context, this.stack[this.stack.length - 1]);
            } else if (this.scripts.length < MAX_SCRIPTS) {
                const text = element.text || '';
                this.truncated = this.truncated || text.length > SCRIPT_CHARS;
                this.scripts.push(text.substring(0, SCRIPT_CHARS));
            } else {
                this.truncated = true;
            }
            return;
        }
        if (tag === 'br') {
            this.stack[this.stack.length - 1].pending = true;
            return;
        }
        // Items of a row flex container are computed as blocks but read as one line: a list item
        // "<a>title</a><span>date</span>" laid out with flex is one entry, as in the static reader.
        const parentStyle = parent ? parent.style : null;
        const inRow = parentStyle && /flex$/.test(parentStyle.display) && parentStyle.flexDirection.startsWith('row');
        const block = (BLOCK_TAGS.has(tag) || (BLOCK_DISPLAY.test(style.display) && !inRow)) && depth < MAX_DEPTH;
        if (block) {
            this.flush();
            this.stack.push(this.builder(element, context));
        }
        // A link that is a block itself (a menu entry with display:block) belongs to its own text.
        if (URL_ATTRIBUTES[tag])
            this.addLink(element, tag, context, this.stack[this.stack.length - 1]);
        if (depth < MAX_DEPTH * 2) {
            const positions = new Map();
            for (let child = element.firstChild; child && !this.full(); child = child.nextSibling) {
                if (child.nodeType === Node.TEXT_NODE || child.nodeType === Node.CDATA_SECTION_NODE) {
                    this.textNode(child, context);
                } else if (child.nodeType === Node.ELEMENT_NODE) {
                    const n = (positions.get(child.localName) || 0) + 1;
                    positions.set(child.localName, n);
                    this.element(child, context, n, depth + 1);
                }
            }
        }
        if (block) {
            this.flush();
            this.stack.pop();
            this.stack[this.stack.length - 1].pending = true;
        }
    };

    function metas() {
        const out = [];
        for (const meta of document.querySelectorAll('meta')) {
            const content = meta.getAttribute('content') || '';
            const name = meta.getAttribute('name'), property = meta.getAttribute('property'),
                  equiv = meta.getAttribute('http-equiv');
            if (name)
                out.push([name.toLowerCase(), content]);
            else if (property)
                out.push([property.toLowerCase(), content]);
            else if (equiv)
                out.push(['http-equiv:' + equiv.toLowerCase(), content]);
        }
        return out;
    }

    // A redirect by <meta http-equiv=refresh>, a link like any other (as in the static reader).
    function refreshLinks() {
        const out = [];
        for (const meta of document.querySelectorAll('meta[http-equiv]')) {
            if ((meta.getAttribute('http-equiv') || '').toLowerCase() !== 'refresh')
                continue;
            const m = /url\s*=\s*['"]?([^'"]+)/i.exec(meta.getAttribute('content') || '');
            if (!m)
                continue;
            let url = m[1].trim();
            try {
                url = new URL(url, document.baseURI).href;
            } catch (e) {
            }
            out.push({tag: 'meta', attribute: 'content', rawUrl: m[1].trim(), url: url, text: '',
                      selector: 'meta[http-equiv="refresh"]', x: 0, y: 0, w: 0, h: 0, concealed: 0, block: -1});
        }
        return out;
    }

    function collect(limits) {
        limits = Object.assign({htmlChars: 4000000, maxBlocks: 20000, maxLinks: 20000}, limits || {});
        const reader = new Reader(limits);
        if (document.documentElement)
            reader.element(document.documentElement, null, 1, 0);
        reader.flush();
        const html = document.documentElement ? document.documentElement.outerHTML : '';
        const links = refreshLinks().concat(reader.links);
        collected = reader.segments;
        return {url: document.URL, title: document.title, html: html.substring(0, limits.htmlChars),
                metas: metas(), inlineScripts: reader.scripts, blocks: reader.blocks,
                links: links.slice(0, limits.maxLinks),
                truncated: reader.truncated || html.length > limits.htmlChars || links.length > limits.maxLinks};
    }

    // --- highlights -------------------------------------------------------------------------------
    // The text node and index of character `offset` of a block's text, by replaying the collapse.
    function locate(block, offset) {
        const entry = collected[block];
        if (!entry)
            return null;
        const target = offset + entry.lead;
        for (const s of entry.segments) {
            if (target < s.start)
                return null;
            let out = s.start;
            let found = null;
            collapse(s.node.data, {pending: s.pending, prev: s.prev}, (piece, index, space) => {
                if (found)
                    return;
                if (space && target === out++)
                    found = {node: s.node, index: index};
                else if (target < out + piece.length)
                    found = {node: s.node, index: index + target - out};
                out += piece.length;
            });
            if (found)
                return found;
        }
        return null;
    }

    function textRects(item) {
        const start = locate(item.block, item.offset);
        const last = locate(item.block, item.offset + Math.max(item.length, 1) - 1);
        if (!start || !last || !start.node.isConnected || !last.node.isConnected)
            return [];
        try {
            const range = document.createRange();
            range.setStart(start.node, Math.min(start.index, start.node.length));
            range.setEnd(last.node, Math.min(last.index + 1, last.node.length));
            return Array.from(range.getClientRects());
        } catch (e) {
            return [];
        }
    }

    function elementRects(selector) {
        try {
            const element = selector ? document.querySelector(selector) : null;
            return element ? [element.getBoundingClientRect()] : [];
        } catch (e) {
            return [];
        }
    }

    function fillOf(colour) {
        const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
        return m ? 'rgba(' + parseInt(m[1], 16) + ', ' + parseInt(m[2], 16) + ', ' + parseInt(m[3], 16) + ', 0.15)'
                 : 'transparent';
    }

    function createBox(id, colour) {
        const box = document.createElement('div');
        box.setAttribute(BOX_ATTRIBUTE, String(id));
        const style = {
            position: 'absolute', 'pointer-events': 'none', 'z-index': '2147483647', 'box-sizing': 'border-box',
            border: '2px solid ' + colour, background: fillOf(colour), margin: '0', padding: '0', display: 'block',
            transition: 'none', transform: 'none', left: '0px', top: '0px', width: '0px', height: '0px',
        };
        for (const name in style)
            box.style.setProperty(name, style[name], 'important');
        document.documentElement.appendChild(box);
        return box;
    }

    function highlight(items) {
        clearHighlights();
        let count = 0;
        let origin = null;
        for (const item of items || []) {
            const hasText = item.block >= 0 && item.offset >= 0;
            let rects = (hasText ? textRects(item) : []).filter((r) => r.width > 0 && r.height > 0);
            if (!rects.length)
                rects = elementRects(item.selector).filter((r) => r.width > 0 && r.height > 0);
            const seen = new Set();
            const boxes = [];
            for (const r of rects.slice(0, MAX_RECTS)) {
                const key = [r.left, r.top, r.width, r.height].join(',');
                if (seen.has(key))
                    continue;
                seen.add(key);
                const box = createBox(item.id, item.colour || '#e53935');
                // Where (0, 0) of a box lands: <html> may be positioned, or have a margin.
                if (!origin) {
                    const o = box.getBoundingClientRect();
                    origin = {x: o.left + window.scrollX, y: o.top + window.scrollY};
                }
                const pad = 2;
                box.style.setProperty('left', (r.left + window.scrollX - origin.x - pad) + 'px', 'important');
                box.style.setProperty('top', (r.top + window.scrollY - origin.y - pad) + 'px', 'important');
                box.style.setProperty('width', (r.width + 2 * pad) + 'px', 'important');
                box.style.setProperty('height', (r.height + 2 * pad) + 'px', 'important');
                boxes.push(box);
            }
            if (boxes.length) {
                drawn.set(item.id, boxes);
                ++count;
            }
        }
        return count;
    }

    function focus(id) {
        const boxes = drawn.get(id);
        if (!boxes || !boxes.length || !boxes[0].isConnected)
            return false;
        boxes[0].scrollIntoView({block: 'center', inline: 'nearest', behavior: 'instant'});
        for (const box of boxes)
            box.style.setProperty('border-width', '4px', 'important');
        setTimeout(() => {
            for (const box of boxes)
                box.style.setProperty('border-width', '2px', 'important');
        }, FOCUS_MS);
        return true;
    }

    function clearHighlights() {
        for (const box of document.querySelectorAll('[' + BOX_ATTRIBUTE + ']'))
            box.remove();
        drawn.clear();
        return true;
    }

    window.__xunjianChecks = {collect: collect, highlight: highlight, focus: focus, clearHighlights: clearHighlights};
})();
