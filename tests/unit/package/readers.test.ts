import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPngHeader, readZipEntries } from '../../../scripts/app-checks';

describe('readPngHeader', () => {
  it.each([
    ['assets/logo.png', 320],
    ['assets/logo-small.png', 128],
  ])('reads %s as a %i-pixel square RGBA PNG', (file, size) => {
    expect(readPngHeader(readFileSync(file))).toEqual({
      width: size,
      height: size,
      bitDepth: 8,
      colourType: 6,
    });
  });

  it.each([
    ['an SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['a PNG cut short before its header', readFileSync('assets/logo.png').subarray(0, 20)],
    ['an empty file', Buffer.alloc(0)],
  ])('reads nothing from %s', (_name, bytes) => {
    expect(readPngHeader(bytes)).toBeUndefined();
  });
});

describe('readZipEntries', () => {
  it.each([
    ['plain text', Buffer.from('not a zip at all, just words')],
    ['an empty file', Buffer.alloc(0)],
  ])('reads nothing from %s', (_name, bytes) => {
    expect(readZipEntries(bytes)).toBeUndefined();
  });
});
