import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CSP, LOADER, escapeHtml, jsonForScript, renderPage, SITE_NAV } from '../../pipeline/report/page-shell.ts';

describe('the page shell', () => {
  it('escapes text for HTML content and quoted attributes', () => {
    expect(escapeHtml("\"><img src=x onerror=alert(1)> & 'x'")).toBe(
      '&quot;&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &#39;x&#39;',
    );
  });

  it('writes JSON that cannot close its script element and still parses to the same value', () => {
    const value = { excerpt: '</script><script>alert(1)</script> & \u2028' };
    const json = jsonForScript(value);
    expect(json).toBe(
      '{"excerpt":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 \\u2028"}',
    );
    expect(JSON.parse(json)).toEqual(value);
  });

  it('gives every page the CSP, the navigation with the current page marked, and the chart scripts only when it has charts', () => {
    const page = (charts: boolean) =>
      renderPage({ file: 'seats.html', title: 'Seats <1>', body: '<p>x</p>', charts, footer: 'v1' });
    const html = page(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CSP}">`);
    // the loader's sha256, worked out here apart from the code, and nothing else but 'strict-dynamic'
    const hash = createHash('sha256').update(LOADER, 'utf8').digest('base64');
    expect(CSP.split('; ').filter((d) => d.startsWith('script-src'))).toEqual([
      `script-src 'sha256-${hash}' 'strict-dynamic'`,
    ]);
    expect(CSP).not.toContain('unsafe-eval');
    expect(html).toContain('<title>Seats &lt;1&gt;</title>');
    expect(html).toContain('<a href="seats.html" aria-current="page">Seats</a>');
    for (const item of SITE_NAV) expect(html).toContain(`<a href="${item.file}"`);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toContain(`<script>${LOADER}</script>`);
    expect(LOADER).toContain(
      '["lib/vega.min.js","lib/vega-lite.min.js","lib/vega-interpreter.js","lib/vega-embed.min.js","lib/charts.js"]',
    );
    expect(page(false)).not.toContain('<script');
  });
});
