// The editor's browser side: keeps typed text in session storage (so it survives a lost connection or a reload),
// stops the browser from acting on the editor's shortcut keys, moves focus between rows, and knows the
// caret of a row's textarea (where a glossary term goes in).
const storagePrefix = "translate.draft:";
const debounceMs = 400;
const timers = new Map();

function isShortcut(e) {
    const control = e.ctrlKey || e.metaKey;
    return (e.key === "Enter" && control && !e.altKey)
        || ((e.key === "ArrowUp" || e.key === "ArrowDown") && e.altKey && !control)
        || ((e.key === "s" || e.key === "S") && control && e.shiftKey && !e.altKey)
        || (control && !e.altKey && isMatchDigit(e));
}

// Ctrl+1…3 insert a memory match (MatchShortcut.cs); the physical key counts, as on a French keyboard "1" is shifted.
// Only here, in the editor's textarea, is the browser's own Ctrl+1…3 (switch tab) kept back.
function isMatchDigit(e) {
    return /^(Digit|Numpad)[1-3]$/.test(e.code) || /^[1-3]$/.test(e.key);
}

function onKeyDown(e) {
    if (e.target instanceof HTMLTextAreaElement && e.target.dataset.draftKey && isShortcut(e)) {
        e.preventDefault();
    }
}

// Where CSS cannot size a box to its text (field-sizing), it grows as the translator types.
const sizesItself = CSS.supports("field-sizing", "content");

function onInput(e) {
    const area = e.target;
    if (!(area instanceof HTMLTextAreaElement) || !area.dataset.draftKey) {
        return;
    }

    if (!sizesItself) {
        area.style.height = "auto";
        area.style.height = `${area.scrollHeight + 2}px`;
    }

    const key = area.dataset.draftKey;
    clearTimeout(timers.get(key));
    timers.set(key, setTimeout(() => {
        timers.delete(key);
        rememberDraft(key, area.value, Number(area.dataset.version));
    }, debounceMs));
}

export function start() {
    document.addEventListener("keydown", onKeyDown, true);
    document.addEventListener("input", onInput, true);
}

export function stop() {
    document.removeEventListener("keydown", onKeyDown, true);
    document.removeEventListener("input", onInput, true);
}

export function rememberDraft(key, text, version) {
    try {
        sessionStorage.setItem(storagePrefix + key, JSON.stringify({ text, version }));
    } catch {
        // Storage full or disabled: the text is still on the server while the connection lasts.
    }
}

export function forgetDraft(key) {
    clearTimeout(timers.get(key));
    timers.delete(key);
    sessionStorage.removeItem(storagePrefix + key);
}

// Drafts of one release and language: keys are "<release>:<language>:<segment>".
export function restoreDrafts(prefix) {
    const drafts = [];
    for (let i = 0; i < sessionStorage.length; i++) {
        const key = sessionStorage.key(i);
        if (!key || !key.startsWith(storagePrefix + prefix)) {
            continue;
        }

        try {
            const value = JSON.parse(sessionStorage.getItem(key));
            drafts.push({ segmentId: key.substring(storagePrefix.length + prefix.length), text: String(value.text), version: Number(value.version) });
        } catch {
            sessionStorage.removeItem(key);
        }
    }

    return drafts;
}

// Focuses a row's textarea, rendered by then (SegmentList.RevealAsync), and scrolls it into view if it is not.
export function focusSegment(number) {
    const area = document.getElementById("target-" + number);
    if (area) {
        area.focus({ preventScroll: true });
        area.closest("tr").scrollIntoView({ block: "nearest" });
    }
}

// The selection of a row's textarea as [start, end], or null when the row is not rendered.
export function caretOf(id) {
    const area = document.getElementById(id);
    return area instanceof HTMLTextAreaElement ? [area.selectionStart, area.selectionEnd] : null;
}

// Back in a row's textarea with the caret at a position, as after typing there.
export function focusAt(id, position) {
    const area = document.getElementById(id);
    if (area instanceof HTMLTextAreaElement) {
        area.focus();
        area.setSelectionRange(position, position);
    }
}
