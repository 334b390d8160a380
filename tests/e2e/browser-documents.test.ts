/**
 * The documents a person downloads are the ones the command line makes. In the browser the
 * generator parses its XML with the browser's own parser (src/integrations/native-xml.ts), under Node
 * with xmldom: every part of every annex of both applicants' zips is compared, as text.
 */
import { readFile } from 'node:fs/promises';
import PizZip from 'pizzip';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { annexesOf, type ApplicantKind } from '../../src/core/index.ts';
import { renderAnnexDocument } from '../../src/core/docx/annex-document.ts';
import { extractAnswerFile } from '../../src/core/docx/embed.ts';
import { docxParts } from '../helpers/docx.ts';
import { freshPage, useSite } from '../helpers/site.ts';

const site = useSite();
let context: BrowserContext | undefined;
afterEach(async () => {
  await context?.close();
  context = undefined;
});

/** The zip of 全部下载 after 载入示例, as entries of name and bytes. */
async function downloadAll(page: Page, kind: ApplicantKind): Promise<Map<string, Uint8Array>> {
  await page.goto(`${site.server.url}/${kind}/`);
  await page.getByRole('button', { name: '载入示例' }).click();
  await expect.poll(() => page.getByRole('status').allTextContents()).toContainEqual(expect.stringContaining('已载入示例'));
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '全部下载（zip）', exact: true }).click()]);
  const zip = new PizZip(await readFile((await download.path())!));
  return new Map(Object.keys(zip.files).map((name) => [name, zip.file(name)!.asUint8Array()]));
}

// The browser's serializer drops the line break between the XML declaration and the root element,
// which is whitespace outside the document: the same XML.
const sameXml = (xml: string) => xml.replace(/^(<\?xml[^>]*\?>)\s+/, '$1');

describe.each(['enterprise', 'platform'] as const)('%s: the browser’s documents', (kind) => {
  it('match, part for part, what Node makes from the answers inside them', async () => {
    let page: Page;
    ({ context, page } = await freshPage(site.browser));
    const files = await downloadAll(page, kind);
    const documents = [...files].filter(([name]) => name.endsWith('.docx'));
    expect(documents.length).toBeGreaterThanOrEqual(annexesOf(kind).filter((a) => !a.appliesWhen).length);
    for (const [name, bytes] of documents) {
      // 附件4-1's file name also starts with "附件4-": the longest number that fits is the annex.
      const annex = [...annexesOf(kind)].sort((a, b) => b.number.length - a.number.length).find((a) => name.startsWith(`${a.number}-`));
      expect(annex, name).toBeDefined();
      const answers = extractAnswerFile(bytes);
      const template = new Uint8Array(await readFile(`templates/${annex!.template}`));
      const fromNode = docxParts(renderAnnexDocument(annex!, template, answers.data, new Date(answers.savedAt)));
      const fromBrowser = docxParts(bytes);
      expect([...fromBrowser.keys()].sort(), name).toEqual([...fromNode.keys()].sort());
      for (const [part, xml] of fromNode) expect(sameXml(fromBrowser.get(part)!), `${name}: ${part}`).toBe(sameXml(xml));
    }
  });
});
