import type { AppFolder } from './app-folder';
import { hasAlpha, readPngHeader } from './png-header';
import { problem, type Problem } from './problem';
import { LOGOS } from './zendesk-rules';

/** The Marketplace logos exist, are PNGs of the exact size, and carry an alpha channel. */
export function checkImages(folder: AppFolder): Problem[] {
  return LOGOS.flatMap(({ file, size }) => {
    if (!folder.has(file))
      return [problem('image_missing', file, `is missing (${size}×${size} PNG)`)];
    const header = readPngHeader(folder.read(file));
    if (header === undefined) return [problem('image_not_png', file, 'is not a PNG')];
    const problems: Problem[] = [];
    if (header.width !== size || header.height !== size) {
      problems.push(
        problem(
          'image_wrong_size',
          file,
          `is ${header.width}×${header.height}; Zendesk needs ${size}×${size}`,
        ),
      );
    }
    if (!hasAlpha(header)) {
      problems.push(
        problem(
          'image_no_alpha',
          file,
          'has no alpha channel; Zendesk asks for PNG-24 with transparency',
        ),
      );
    }
    return problems;
  });
}
