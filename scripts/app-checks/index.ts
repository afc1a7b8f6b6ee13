import { openAppFolder } from './app-folder';
import { checkAssets } from './check-assets';
import { checkImages } from './check-images';
import { checkLocations } from './check-locations';
import { checkManifest } from './check-manifest';
import { checkParameters } from './check-parameters';
import { checkRequirements } from './check-requirements';
import { checkTranslations } from './check-translations';
import type { Problem } from './problem';

export { checkPackage } from './check-package';
export { type Problem, type ProblemCode } from './problem';
export { readZipEntries } from './zip-entries';
export { readPngHeader } from './png-header';

/**
 * What Zendesk's upload validation checks and zcli cannot check offline, run on a built app
 * folder (dist/). An empty list means the folder is ready to package.
 */
export function checkAppFolder(root: string): Problem[] {
  const folder = openAppFolder(root);
  const { manifest, problems } = checkManifest(folder);
  const independent = [
    ...checkImages(folder),
    ...checkAssets(folder),
    ...checkRequirements(folder),
  ];
  if (manifest === undefined) return [...problems, ...independent];
  return [
    ...problems,
    ...checkParameters(manifest),
    ...checkLocations(manifest, folder),
    ...checkTranslations(manifest, folder),
    ...independent,
  ];
}
