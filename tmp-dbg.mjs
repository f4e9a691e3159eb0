import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto('http://127.0.0.1:4100/ueber');
console.log(await page.evaluate(() => {
  const sheet = new CSSStyleSheet(); sheet.replaceSync('*, *::before, *::after { hyphens: manual !important; }');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange(); const out = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = n.data.indexOf('er\u00ADfreu');
    if (i < 0) continue;
    for (let k = i; k < i + 12; k++) { range.setStart(n, k); range.setEnd(n, k + 1); const r = range.getBoundingClientRect(); const rs = [...range.getClientRects()].map(x => `${x.left.toFixed(0)},${x.top.toFixed(0)},${x.width.toFixed(1)}`); out.push(`${JSON.stringify(n.data[k])} top=${r.top.toFixed(1)} h=${r.height.toFixed(1)} rects=${rs.join('|')}`); }
    break;
  }
  return out.join('\n');
}));
await browser.close();
