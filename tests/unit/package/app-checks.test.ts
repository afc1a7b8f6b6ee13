import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAppFolder } from '../../../scripts/app-checks';
import { BROKEN_APPS } from './broken-apps';
import { buildApp, copyApp, removeTempFolders } from './built-app';

let built: string;
beforeAll(async () => {
  built = await buildApp();
});
afterAll(removeTempFolders);

describe('checkAppFolder', () => {
  it('finds nothing Zendesk would refuse in the freshly built app', () => {
    expect(checkAppFolder(built)).toEqual([]);
  });

  it.each(BROKEN_APPS)('reports %s, and only that', (_name, breakApp, code) => {
    const app = copyApp(built);
    breakApp(app);
    const codes = new Set(checkAppFolder(app).map((p) => p.code));
    expect([...codes]).toEqual([code]);
  });
});
