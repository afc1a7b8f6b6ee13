import type { AppFolder } from './app-folder';
import { checkSvgSafety } from './check-svg';
import { problem, type Problem } from './problem';
import { ASSET_EXTENSIONS } from './zendesk-rules';

/** Zendesk accepts only some file types in assets/ and rewrites any SVG its sanitiser would change. */
export function checkAssets(folder: AppFolder): Problem[] {
  return folder.files
    .filter((path) => path.startsWith('assets/'))
    .flatMap((path) => {
      const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
      if (!ASSET_EXTENSIONS.some((allowed) => allowed === extension)) {
        return [
          problem(
            'asset_type_not_allowed',
            path,
            'is a file type Zendesk does not accept in assets/',
          ),
        ];
      }
      return extension === 'svg' ? checkSvgSafety(folder.readText(path), path) : [];
    });
}
