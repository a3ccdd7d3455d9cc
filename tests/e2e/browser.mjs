// Launching Debian's Chromium (never a downloaded browser) and watching a page for the things
// every test must rule out: console errors, uncaught exceptions, failed or foreign requests.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Headless Chromium with the flags that work on these machines (see ../shared/TOOLCHAIN.md). */
export function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Opens a page that records problems: console errors, page errors, responses >= 400, and
 * requests to any origin other than those allowed. `problems()` returns them.
 */
export async function watchedPage(browser, allowedOrigins, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const found = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') found.push(`console ${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => found.push(`page error: ${err.message}`));
  page.on('dialog', (dialog) => {
    found.push(`dialog opened: ${dialog.message()}`);
    dialog.dismiss();
  });
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return;
    if (!allowedOrigins.some((origin) => url.startsWith(origin + '/'))) found.push(`foreign request: ${url}`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) found.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  page.on('requestfailed', (req) => found.push(`request failed: ${req.url()} ${req.failure()?.errorText}`));
  return { page, context, problems: () => found.slice() };
}
