// SPDX-License-Identifier: GPL-3.0-or-later
// The page side of xj::PageCapturer. It runs in Qt WebEngine's isolated application world: it
// shares the DOM with the page but none of its globals, so a page can neither see nor break it.
// Every call from C++ sends this file followed by one expression on window.__xunjianCapture; the
// guard below makes the set-up run once per document. It leaves the page's own elements as they
// were: outlines and the paint marker are separate boxes that are removed again, fixed elements
// hidden during a full-page capture are shown again, and scrolling is put back by the capturer.
(function () {
    'use strict';
    if (window.__xunjianCapture)
        return;

    const TEXT_LIMIT = 500;
    // Events that would make the page act on a click; swallowed while the inspector picks.
    const BLOCKED_EVENTS = ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'dblclick', 'auxclick',
                            'contextmenu', 'touchstart', 'touchend', 'submit', 'dragstart'];

    let pick = null;

    // Marker colours no page is likely to show in its bottom-right corner, alternated per frame.
    const MARKER_COLOURS = ['rgb(17, 233, 71)', 'rgb(233, 17, 181)'];
    const MARKER_SIZE = 4;

    let marker = null;
    let hiddenFixed = [];
    let fixedHidden = false;

    // The element that scrolls the document: <html>, or <body> in quirks mode.
    function scroller() {
        return document.scrollingElement || document.documentElement;
    }

    function metrics() {
        const root = document.documentElement;
        const body = document.body;
        const s = scroller();
        return {
            docWidth: Math.max(s.scrollWidth, root ? root.scrollWidth : 0, body ? body.scrollWidth : 0),
            docHeight: Math.max(s.scrollHeight, root ? root.scrollHeight : 0, body ? body.scrollHeight : 0),
            // The part of the window the page is drawn in, without scroll bars.
            viewWidth: s.clientWidth,
            viewHeight: s.clientHeight,
            scrollX: window.scrollX,
            scrollY: window.scrollY,
            scale: window.devicePixelRatio,
        };
    }

    // A small box of a known colour in the bottom-right corner of the window. The capturer grabs
    // the browser until it shows that colour there: then the frame with every change made before
    // has reached the screen. Waiting for animation frames alone does not prove that.
    function mark(colour) {
        if (!marker || !marker.isConnected) {
            marker = createBox('fixed');
            const style = {right: '0', bottom: '0', left: 'auto', top: 'auto', width: MARKER_SIZE + 'px',
                           height: MARKER_SIZE + 'px', border: 'none', display: 'block'};
            for (const name in style)
                marker.style.setProperty(name, style[name], 'important');
        }
        marker.style.setProperty('background', MARKER_COLOURS[colour], 'important');
        return metrics();
    }

    function unmark() {
        if (marker)
            marker.remove();
        marker = null;
        return metrics();
    }

    function scrollAndMark(x, y, colour, withoutFixed) {
        if (withoutFixed && !fixedHidden)
            hideFixed();
        window.scrollTo({left: x, top: y, behavior: 'instant'});
        return mark(colour);
    }

    // Fixed headers, footers and floating notices would appear on every stitched tile; they are
    // shown on the first tile only and put back afterwards.
    function hideFixed() {
        fixedHidden = true;
        for (const element of document.querySelectorAll('body *')) {
            if (element === marker || getComputedStyle(element).position !== 'fixed')
                continue;
            hiddenFixed.push([element, element.getAttribute('style')]);
            element.style.setProperty('visibility', 'hidden', 'important');
        }
        return hiddenFixed.length;
    }

    function restoreFixed() {
        // The style attribute exactly as it was, not merely an equivalent one.
        for (const [element, style] of hiddenFixed) {
            if (style === null)
                element.removeAttribute('style');
            else
                element.setAttribute('style', style);
        }
        hiddenFixed = [];
        fixedHidden = false;
        return true;
    }

    // After a capture: the page as the inspector left it.
    function restore(x, y) {
        restoreFixed();
        unmark();
        window.scrollTo({left: x, top: y, behavior: 'instant'});
        return true;
    }

    // A positioned box drawn over the page; the page's own elements keep their styles.
    function createBox(position) {
        const box = document.createElement('div');
        const style = {
            position: position, 'pointer-events': 'none', 'z-index': '2147483647', 'box-sizing': 'border-box',
            border: '2px solid #e53935', background: 'rgba(229, 57, 53, 0.12)', margin: '0', padding: '0',
            display: 'none', transition: 'none', transform: 'none',
        };
        for (const name in style)
            box.style.setProperty(name, style[name], 'important');
        document.documentElement.appendChild(box);
        return box;
    }

    function placeBox(box, rect, offsetX, offsetY) {
        box.style.setProperty('left', (rect.left + offsetX) + 'px', 'important');
        box.style.setProperty('top', (rect.top + offsetY) + 'px', 'important');
        box.style.setProperty('width', rect.width + 'px', 'important');
        box.style.setProperty('height', rect.height + 'px', 'important');
        box.style.setProperty('display', 'block', 'important');
    }

    function matchesOnly(selector, element) {
        try {
            const all = document.querySelectorAll(selector);
            return all.length === 1 && all[0] === element;
        } catch (e) {
            return false;
        }
    }

    function uniqueIdSelector(element) {
        if (!element.id)
            return null;
        const selector = '#' + CSS.escape(element.id);
        return matchesOnly(selector, element) ? selector : null;
    }

    function typeStep(element) {
        let index = 1;
        for (let s = element.previousElementSibling; s; s = s.previousElementSibling) {
            if (s.localName === element.localName)
                ++index;
        }
        return CSS.escape(element.localName) + ':nth-of-type(' + index + ')';
    }

    // Type-and-position steps up to the nearest ancestor with a unique id, or to body / html.
    function pathSelector(element, useIds) {
        const steps = [];
        for (let node = element;;) {
            steps.unshift(typeStep(node));
            const parent = node.parentElement;
            if (!parent)
                break;
            if (parent === document.body || parent === document.documentElement) {
                steps.unshift(parent.localName);
                break;
            }
            const id = useIds ? uniqueIdSelector(parent) : null;
            if (id) {
                steps.unshift(id);
                break;
            }
            node = parent;
        }
        return steps.join(' > ');
    }

    function uniqueSelector(element) {
        if (element === document.documentElement || element === document.body)
            return {selector: element.localName, unique: true};
        const candidates = [uniqueIdSelector(element), pathSelector(element, true), pathSelector(element, false)];
        for (const selector of candidates) {
            if (selector && matchesOnly(selector, element))
                return {selector: selector, unique: true};
        }
        return {selector: candidates[2], unique: false};
    }

    function visibleText(element) {
        const raw = (element.innerText !== undefined ? element.innerText : element.textContent) || '';
        const characters = Array.from(raw.trim());
        return characters.length > TEXT_LIMIT ? characters.slice(0, TEXT_LIMIT).join('').trimEnd()
                                              : characters.join('');
    }

    function describe(element) {
        const rect = element.getBoundingClientRect();
        const found = uniqueSelector(element);
        return {
            selector: found.selector,
            unique: found.unique,
            text: visibleText(element),
            x: rect.left + window.scrollX,
            y: rect.top + window.scrollY,
            width: rect.width,
            height: rect.height,
        };
    }

    function stopPick() {
        if (!pick || !pick.listening)
            return;
        pick.listening = false;
        for (const [type, handler] of pick.handlers)
            window.removeEventListener(type, handler, true);
        pick.outline.remove();
        pick.cursor.remove();
    }

    function finishPick(state, element) {
        if (!pick || pick.state !== 'picking')
            return;
        stopPick();
        pick.state = state;
        if (element)
            pick.result = describe(element);
    }

    function startPick() {
        stopPick();
        const outline = createBox('fixed');
        // A crosshair over the whole page says that a click picks rather than follows a link.
        const cursor = document.createElement('style');
        cursor.textContent = '* { cursor: crosshair !important; }';
        document.documentElement.appendChild(cursor);
        pick = {state: 'picking', listening: true, outline: outline, cursor: cursor, hovered: null, result: null,
                handlers: []};
        const current = pick;
        const swallow = (event) => {
            event.preventDefault();
            event.stopImmediatePropagation();
        };
        const follow = () => {
            if (current.hovered && current.hovered.isConnected)
                placeBox(outline, current.hovered.getBoundingClientRect(), 0, 0);
        };
        current.handlers.push(['mousemove', (event) => {
            if (event.target instanceof Element && event.target !== current.hovered) {
                current.hovered = event.target;
                follow();
            }
        }]);
        current.handlers.push(['scroll', follow]);
        current.handlers.push(['click', (event) => {
            swallow(event);
            if (event.button === 0 && event.target instanceof Element)
                finishPick('picked', event.target);
        }]);
        current.handlers.push(['keydown', (event) => {
            if (event.key === 'Escape') {
                swallow(event);
                finishPick('canceled', null);
            }
        }]);
        for (const type of BLOCKED_EVENTS)
            current.handlers.push([type, swallow]);
        for (const [type, handler] of current.handlers)
            window.addEventListener(type, handler, true);
        return true;
    }

    function pickState() {
        if (!pick)
            return {state: 'idle'};
        return {state: pick.state, element: pick.result};
    }

    function cancelPick() {
        finishPick('canceled', null);
        pick = null;
        return true;
    }

    function find(selector) {
        try {
            return document.querySelector(selector);
        } catch (e) {
            return null;
        }
    }

    function flash(selector, milliseconds) {
        const element = find(selector);
        if (!element)
            return false;
        element.scrollIntoView({block: 'center', inline: 'nearest', behavior: 'instant'});
        const box = createBox('absolute');
        placeBox(box, element.getBoundingClientRect(), window.scrollX, window.scrollY);
        setTimeout(() => box.remove(), milliseconds);
        return true;
    }

    window.__xunjianCapture = {
        metrics: metrics,
        mark: mark,
        unmark: unmark,
        scrollAndMark: scrollAndMark,
        restore: restore,
        startPick: startPick,
        pickState: pickState,
        cancelPick: cancelPick,
        describe: (selector) => {
            const element = find(selector);
            return element ? describe(element) : null;
        },
        flash: flash,
    };
})();
