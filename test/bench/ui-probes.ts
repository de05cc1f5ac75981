// In-page timers for the UI benchmark, as source strings (the Node tsconfig has no DOM types, and
// a transpiled function could carry helpers the page lacks). Each resolves to milliseconds measured
// with the page's own clock, from the user's action to the frame that shows its result.

/**
 * `window.__benchUntil(test)`: resolves with the time (ms, page clock) at which the frame showing
 * `test()` true has been painted. A MutationObserver sees the DOM change as it happens (a
 * microtask after the commit); the next animation frame renders it, and a task posted from that
 * frame's callback runs once the frame is painted (the rAF + setTimeout idiom). Polling in
 * animation frames instead learns of a change one frame late, and waiting for yet another frame
 * after that counts a frame nobody waited for: the probe before this one measured up to two
 * frames (33 ms) more than the consultant sees.
 */
export const PAINT_HELPERS = `(() => {
  window.__benchUntil = (test, timeoutMs = 60000) => new Promise((done, fail) => {
    const painted = () => requestAnimationFrame(() => setTimeout(() => done(performance.now())));
    if (test()) return painted();
    const timer = setTimeout(() => {
      observer.disconnect();
      fail(new Error('bench: timed out'));
    }, timeoutMs);
    const observer = new MutationObserver(() => {
      if (!test()) return;
      observer.disconnect();
      clearTimeout(timer);
      painted();
    });
    observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  });
})()`;

/** Clicks `selector` and times until `doneTest` (a JS expression) holds and is painted. */
export function clickUntil(selector: string, doneTest: string): string {
  return `(async () => {
    const target = document.querySelector(${JSON.stringify(selector)});
    if (!target) throw new Error('bench: nothing matches ' + ${JSON.stringify(selector)});
    const t0 = performance.now();
    target.click();
    return (await window.__benchUntil(() => ${doneTest})) - t0;
  })()`;
}

/** Calls one vault channel and times the round trip through the bridge (ms). */
export function timeChannel(channel: string, input: unknown): string {
  return `(async () => {
    const t0 = performance.now();
    const r = await window.vault[${JSON.stringify(channel)}](${JSON.stringify(input)});
    if (!r.ok) throw new Error('bench: ' + ${JSON.stringify(channel)} + ' ' + r.error.code);
    return performance.now() - t0;
  })()`;
}

/**
 * Arms a keydown listener: the next key press in the search box starts a timer that stops when the
 * results for the box's new text are painted. The key's own render shows `searching` in the status
 * line (no hits are known for the new text yet); the timer stops at the first painted frame after
 * the status line says something else. Read the result with `window.__benchSearch`.
 */
export function armSearchTimer(searching: string): string {
  return `(() => {
    window.__benchSearch = new Promise((done) => {
      document.addEventListener('keydown', function once() {
        document.removeEventListener('keydown', once, true);
        const t0 = performance.now();
        let asked = false;
        const settled = () => {
          const status = document.querySelector('.search-results [role=status]');
          if (status?.textContent === ${JSON.stringify(searching)}) asked = true;
          return asked && !!status && status.textContent !== ${JSON.stringify(searching)};
        };
        window.__benchUntil(settled).then((t) => done(t - t0));
      }, true);
    });
  })()`;
}

/**
 * Scrolls the caseload `framesWanted` animation frames, `rowsPerFrame` rows each, and answers per
 * frame: its interval (ms) and how many rows inside the visible area were still placeholders;
 * plus each caseload page fetch's duration (ms): from the binding transport's call log
 * (window.__vaultCallTimes, test/bridge/install-vault.ts), else from resource timing.
 */
export function scrollCaseload(framesWanted: number, rowsPerFrame: number, rowHeight: number) {
  return `(async () => {
    const scroller = document.querySelector('.vscroll');
    if (!scroller) throw new Error('bench: no caseload');
    performance.clearResourceTimings();
    window.__vaultCallTimes = [];
    const intervals = [];
    const blanks = [];
    let last = await new Promise((r) => requestAnimationFrame(r));
    for (let f = 0; f < ${framesWanted}; f++) {
      scroller.scrollTop += ${rowsPerFrame * rowHeight};
      const now = await new Promise((r) => requestAnimationFrame(r));
      intervals.push(now - last);
      last = now;
      const view = scroller.getBoundingClientRect();
      let blank = 0;
      for (const cell of scroller.querySelectorAll('.vcell-loading')) {
        const box = cell.getBoundingClientRect();
        if (box.bottom > view.top && box.top < view.bottom) blank++;
      }
      blanks.push(blank);
    }
    const fetches = [
      ...performance
        .getEntriesByType('resource')
        .filter((e) => e.name.includes('caseload.list'))
        .map((e) => e.duration),
      ...window.__vaultCallTimes.filter((c) => c.name === 'caseload.list').map((c) => c.ms),
    ];
    return { intervals, blanks, fetches };
  })()`;
}

/**
 * Arms the note editor: each key press is timed from keydown to the painted frame after its input
 * event. Read with `window.__benchKeys` (ms per keystroke).
 */
export const ARM_EDITOR_TIMER = `(() => {
  window.__benchKeys = [];
  const box = document.activeElement;
  let t0 = null;
  box.addEventListener('keydown', () => { t0 = performance.now(); }, true);
  box.addEventListener('input', () => {
    if (t0 === null) return;
    const start = t0;
    t0 = null;
    requestAnimationFrame(() => setTimeout(() => window.__benchKeys.push(performance.now() - start)));
  });
})()`;
