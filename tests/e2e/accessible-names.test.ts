/**
 * Names as Chromium gives them to assistive technology (its own accessibility tree, over CDP): a
 * required field is named by its label alone, the drawn asterisk left out (aria-required says 必填),
 * and a group of radio buttons is named by its legend.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { freshPage, useSite } from '../helpers/site.ts';
import { loadExample, openTab, waitForEditor, waitUntil } from '../helpers/steps.ts';

const site = useSite();
let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

interface AxNode {
  ignored?: boolean;
  role?: { value?: string };
  name?: { value?: string };
  properties?: { name: string; value: { value?: unknown } }[];
}

/** Role, name and whether it is required, of the element `selector` finds, in Chromium's accessibility tree. */
async function axOf(page: Page, selector: string): Promise<{ role: string; name: string; required: boolean }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) throw new Error(`找不到 ${selector}`);
    const { nodes } = (await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false })) as { nodes: AxNode[] };
    const node = nodes.find((n) => !n.ignored);
    if (!node) throw new Error(`${selector} 不在无障碍树中`);
    const required = node.properties?.find((p) => p.name === 'required')?.value.value === true;
    return { role: node.role?.value ?? '', name: node.name?.value ?? '', required };
  } finally {
    await cdp.detach();
  }
}

async function open(path: string): Promise<Page> {
  const { context, page } = await freshPage(site.browser);
  close = () => context.close();
  await page.goto(`${site.server.url}${path}`);
  return page;
}

describe('names in the enterprise form', () => {
  it.each([
    ['a required text field', '#field-company-name-input', { role: 'textbox', name: '企业名称', required: true }],
    ['a required radio group (the fieldset)', 'fieldset[data-path="company.city"]', { role: 'group', name: '所在市（州）', required: false }],
    ['a required radio group (its radiogroup)', '[data-path="company.city"] [role="radiogroup"]', { role: 'radiogroup', name: '所在市（州）', required: true }],
  ])('%s', async (_, selector, expected) => {
    const page = await open('/enterprise/');
    await waitForEditor(page);
    expect(await axOf(page, selector)).toEqual(expected);
  });
});

describe('names in a table field', () => {
  it('names the table and a required column by their labels alone (附件4-2)', async () => {
    const page = await open('/platform/');
    await loadExample(page);
    await openTab(page, '附件4-2');
    // The table renders a moment after the annex's title.
    await page.locator('table.data-table').waitFor();
    expect(await axOf(page, 'table.data-table')).toMatchObject({ role: 'table', name: '服务企业情况一览表' });
    expect(await axOf(page, 'table.data-table thead th:nth-child(2)')).toMatchObject({ role: 'columnheader', name: '服务企业名称' });
  });
});

describe('names on the 市（州） desk', () => {
  it('names its required fields by their labels alone', async () => {
    const page = await open('/city/');
    await waitUntil(() => page.locator('#desk-city').isEnabled(), '收集台未就绪');
    expect(await axOf(page, '#desk-city')).toMatchObject({ name: '市（州）' });
  });
});
