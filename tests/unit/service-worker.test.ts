/** The build-time service worker: the base path setting, the URL each file is cached under, and a source that parses. */
import { describe, expect, it } from 'vitest';
import { normalizeBase, serviceWorkerSource, urlOf } from '../../src/integrations/service-worker.ts';

describe('normalizeBase', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['zjtx', '/zjtx/'],
    ['/zjtx', '/zjtx/'],
    ['/zjtx/', '/zjtx/'],
    [' /gov/zjtx// ', '/gov/zjtx/'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeBase(input)).toBe(expected);
  });
});

describe('urlOf', () => {
  it.each([
    ['/', 'index.html', '/'],
    ['/', 'enterprise/index.html', '/enterprise/'],
    ['/zjtx/', 'index.html', '/zjtx/'],
    ['/zjtx/', 'city/index.html', '/zjtx/city/'],
    ['/zjtx/', '_astro/annex2.BuelUZ05.docx', '/zjtx/_astro/annex2.BuelUZ05.docx'],
    ['/zjtx/', 'examples/enterprise.json', '/zjtx/examples/enterprise.json'],
    ['/', 'not-index.html', '/not-index.html'],
  ])('%s + %s → %s', (base, file, expected) => {
    expect(urlOf(base, file)).toBe(expected);
  });
});

describe('serviceWorkerSource', () => {
  it('is JavaScript that names its version, scope and files', () => {
    const source = serviceWorkerSource('/zjtx/', '0123456789abcdef', ['/zjtx/', '/zjtx/favicon.svg']);
    expect(() => new Function(source)).not.toThrow();
    expect(source).toMatch(/^const VERSION = "0123456789abcdef";$/m);
    expect(source).toContain('const BASE = "/zjtx/";');
    expect(source).toContain('"/zjtx/favicon.svg"');
  });
});
