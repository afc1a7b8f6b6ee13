// Renders the marketplace logos from assets/logo.svg with Chromium, so the PNGs never drift from the
// vector source. `--preview` also writes tmp/logo-preview.png: the logo at the sizes Zendesk shows it
// and the nav bar icon tinted the way Zendesk's CSS tints it, for a person to look at.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const assets = join(root, 'assets');
// Zendesk's required sizes: https://developer.zendesk.com/documentation/apps/publish-your-app-or-theme/create_assets
const outputs = [
  ['logo.png', 320],
  ['logo-small.png', 128],
];

const dataUrl = (file) =>
  `data:image/svg+xml;base64,${readFileSync(join(assets, file)).toString('base64')}`;

function previewHtml() {
  const logos = [320, 128, 64, 32]
    .map((size) => `<img src="${dataUrl('logo.svg')}" width="${size}" height="${size}">`)
    .join('');
  // The nav bar icon carries no colour of its own: Zendesk fills it, so preview it with fills applied.
  const icon = readFileSync(join(assets, 'icon_nav_bar.svg'), 'utf8');
  const tinted = ['#68737d', '#1f73b7', '#ffffff']
    .map(
      (fill) =>
        `<span style="fill:${fill};background:${fill === '#ffffff' ? '#03363d' : '#f8f9f9'}">${icon}</span>`,
    )
    .join('');
  return `<style>body{margin:0;padding:16px;font:12px sans-serif;background:#fff}
    img{margin-right:16px;vertical-align:bottom} span{display:inline-block;padding:8px;margin-right:8px}
    .s18 svg{width:18px;height:18px} .s72 svg{width:72px;height:72px}</style>
    <div>${logos}</div><div class="s18">${tinted}</div><div class="s72">${tinted}</div>`;
}

// Through a canvas rather than a screenshot: Chromium's screenshot drops the alpha channel of an
// opaque image, and Zendesk asks for PNG-24 with transparency (RGBA).
async function rasterise(page, size) {
  const base64 = await page.evaluate(
    async ({ url, size }) => {
      const image = new Image();
      image.src = url;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = size;
      canvas.height = size;
      canvas.getContext('2d').drawImage(image, 0, 0, size, size);
      return canvas.toDataURL('image/png').slice('data:image/png;base64,'.length);
    },
    { url: dataUrl('logo.svg'), size },
  );
  return Buffer.from(base64, 'base64');
}

async function screenshot(page, html, width, height) {
  await page.setViewportSize({ width, height });
  await page.setContent(html);
  await page.evaluate(() => Promise.all([...document.images].map((image) => image.decode())));
  return page.screenshot({ clip: { x: 0, y: 0, width, height } });
}

const userDataDir = mkdtempSync(join(tmpdir(), 'handoff-logos-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const page = await context.newPage();
  for (const [file, size] of outputs) {
    writeFileSync(join(assets, file), await rasterise(page, size));
    console.log(`assets/${file}: ${size}×${size}`);
  }
  if (process.argv.includes('--preview')) {
    mkdirSync(join(root, 'tmp'), { recursive: true });
    writeFileSync(
      join(root, 'tmp/logo-preview.png'),
      await screenshot(page, previewHtml(), 640, 480),
    );
    console.log('tmp/logo-preview.png');
  }
} finally {
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
