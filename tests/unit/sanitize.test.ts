import { describe, expect, it } from 'vitest';
import { markdownToHtml } from '@/lib/markdown';

/** XSS corpus: what an editor (or an attacker with write access) might put into a content file. */
const corpus = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<img src="javascript:alert(1)">',
  '<svg onload=alert(1)><circle r=1 /></svg>',
  '<svg><script>alert(1)</script></svg>',
  '<iframe src="https://evil.example"></iframe>',
  '<object data="x.swf"></object><embed src="x.swf">',
  '<style>body{background:url(javascript:alert(1))}</style>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href="&#106;avascript:alert(1)">x</a>',
  '<a href=" javascript:alert(1)">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '[x](javascript:alert(1))',
  '[x](JAVASCRIPT:alert(1))',
  '[x](jav&#x09;ascript:alert(1))',
  '[x](data:text/html,<script>alert(1)</script>)',
  '![x](https://tracker.example/pixel.gif)',
  '![x](//tracker.example/pixel.gif)',
  '![x](javascript:alert(1))',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<p onclick="alert(1)" onmouseover=alert(2)>x</p>',
  '<form action="https://evil.example"><input name=q></form>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<base href="https://evil.example/">',
  '<link rel=stylesheet href=https://evil.example/x.css>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<details open ontoggle=alert(1)>',
  '<video><source onerror=alert(1)></video>',
  '"><script>alert(1)</script>',
];

describe('Markdown wird bereinigt', () => {
  it.each(corpus)('nichts Ausführbares übersteht: %s', (input) => {
    const html = markdownToHtml(`Text davor.\n\n${input}\n\nText danach.`).toLowerCase();
    expect(html).not.toMatch(
      /<script|<iframe|<object|<embed|<style|<svg|<math|<form|<meta|<base|<link|<video|<source/,
    );
    expect(html).not.toMatch(/\son[a-z]+=/);
    expect(html).not.toMatch(/(href|src)="\s*(javascript|vbscript|data):/);
    expect(html).not.toMatch(/style="/);
    expect(html).not.toMatch(/<img[^>]+src="(?!\/(?!\/))/);
    expect(html).toContain('text davor.');
  });

  it('lässt erlaubtes Markdown stehen und bindet Bilder nur von der eigenen Website ein', () => {
    const html = markdownToHtml(
      '**fett** *kursiv* [Link](https://www.herne.de) ![Logo](/logo.png)\n\n- a\n- b\n\n1. eins',
    );
    expect(html).toContain('<strong>fett</strong>');
    expect(html).toContain('<em>kursiv</em>');
    expect(html).toContain('<a href="https://www.herne.de" rel="noopener">Link</a>');
    expect(html).toContain('<img src="/logo.png" alt="Logo">');
    expect(html).toContain('<ol>');
  });
});
