import { startHeadlessChromium, type HeadlessChromium } from '@samsyn/testing';
import type { Page } from 'playwright-core';
import { startSamsynStack, type SamsynStack } from '../../../test/support/samsyn-stack';

const QUERY = '{ readModels { name } }';

/** Replaces what a Monaco editor of the page holds; the text after the cursor is what Monaco closed for us. */
async function replaceEditorText(page: Page, editor: string, text: string): Promise<void> {
  await page.locator(`${editor} .monaco-editor`).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
  await page.keyboard.press('Control+Shift+End');
  await page.keyboard.press('Delete');
}

describe('the explorer (GraphiQL) in a browser with no internet', () => {
  let stack: SamsynStack;
  let chromium: HeadlessChromium;

  beforeAll(async () => {
    [stack, chromium] = await Promise.all([startSamsynStack('PGlite'), startHeadlessChromium()]);
  });
  afterAll(async () => {
    await chromium?.close();
    await stack?.close();
  });

  it('loads from the gateway alone, titled, and runs a query with the token given in its headers', async () => {
    const page = await chromium.context.newPage();
    await page.goto(stack.gatewayUrl);
    expect(await page.title()).toBe('Samsyn GraphiQL');

    await page.getByRole('button', { name: 'Headers' }).click();
    const token = await stack.tokenFor('FK');
    await replaceEditorText(
      page,
      '.graphiql-editor-tool .graphiql-editor:not(.hidden)',
      JSON.stringify({ authorization: `Bearer ${token}` }),
    );
    await replaceEditorText(page, '.graphiql-query-editor', QUERY);
    await page.getByRole('button', { name: 'Execute query (Ctrl-Enter)' }).click();

    const expected = (await stack.as<{ readModels: { name: string }[] }>('FK', QUERY)).data!.readModels;
    expect(expected.length).toBeGreaterThan(0);
    const response = page.locator('.graphiql-response');
    for (const { name } of expected) await response.getByText(`"${name}"`).waitFor();
    expect(await response.innerText()).not.toContain('errors');
    expect(chromium.refusedRequests).toEqual([]);
  });

  it('is where the gateway root leads', async () => {
    const page = await chromium.context.newPage();
    await page.goto(new URL('/', stack.gatewayUrl).href);
    expect(new URL(page.url()).pathname).toBe('/graphql');
    expect(await page.title()).toBe('Samsyn GraphiQL');
  });

  it('would not have reached a CDN: the browser is refused every host but this one', async () => {
    const page = await chromium.context.newPage();
    await page.goto(stack.gatewayUrl);
    const reached = await page.evaluate(() =>
      fetch('https://unpkg.com/graphiql/package.json').then(
        () => true,
        () => false,
      ),
    );
    expect(reached).toBe(false);
    expect(chromium.refusedRequests).toEqual(['https://unpkg.com/graphiql/package.json']);
  });
});
