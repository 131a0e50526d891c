import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';

/** Debian's `chromium` package, which `.ci/run` installs; `CHROMIUM_PATH` names another. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export interface HeadlessChromium {
  context: BrowserContext;
  /** Every request the page tried to send off this machine, refused. */
  refusedRequests: string[];
  close(): Promise<void>;
}

/**
 * A headless Chromium with a fresh profile that reaches only this machine: a request to any other host
 * is aborted and recorded, as on an agency network without internet. The flags are what Chromium needs
 * as root in a container, and keep it from calling home.
 */
export async function startHeadlessChromium(): Promise<HeadlessChromium> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}: install Debian's chromium package (.ci/run does) or set CHROMIUM_PATH`,
    );
  }
  const { chromium } = await import('playwright-core');
  const profile = await mkdtemp(join(tmpdir(), 'samsyn-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const refusedRequests: string[] = [];
  await context.route(
    (url) => !isThisMachine(url),
    (route) => {
      refusedRequests.push(route.request().url());
      return route.abort('internetdisconnected');
    },
  );
  return {
    context,
    refusedRequests,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

function isThisMachine(url: URL): boolean {
  if (url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'about:') return true;
  return ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}
