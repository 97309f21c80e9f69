// A record, kept in the page, of every message written to a live region: its words, which region
// (polite or assertive), and whether at that moment the region was inside an aria-hidden or inert
// subtree or a modal dialog was still in the page. A screen reader does not read a region hidden
// when it is written, and may not read one written behind a closing dialog.

export interface LiveEntry {
  text: string;
  urgency: string;
  hidden: boolean;
  dialog: boolean;
}

declare global {
  interface Window {
    __liveLog?: LiveEntry[];
  }
}

/** An init script (a string, so no bundler helper leaks into the page) that starts the record before the page's own scripts. */
export const LIVE_LOG_SCRIPT = `(() => {
  const log = (window.__liveLog = []);
  const record = (records) => {
    const regions = new Set();
    for (const r of records) {
      const element = r.target.nodeType === 1 ? r.target : r.target.parentElement;
      const region = element && element.closest('[aria-live]');
      if (region) regions.add(region);
    }
    for (const region of regions) {
      const text = (region.textContent || '').trim();
      if (text === '') continue;
      log.push({
        text,
        urgency: region.getAttribute('aria-live'),
        hidden: region.closest('[aria-hidden="true"], [inert]') !== null,
        dialog: document.querySelector('[aria-modal="true"]') !== null,
      });
    }
  };
  new MutationObserver(record).observe(document, { subtree: true, childList: true, characterData: true });
})();`;
