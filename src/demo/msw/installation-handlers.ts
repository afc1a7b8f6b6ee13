import { http, HttpResponse } from 'msw';
import type { DemoDb } from '../db/demo-db';
import { DEMO_ACCOUNT } from '../demo-account';
import { forbidden, invalid, isRecord, notFound, readJsonBody } from './zendesk-errors';

/**
 * The Apps API for the app's own installation. As on Zendesk, any agent may read it and only
 * admins may change it (403 otherwise); a PUT's settings replace the installation's, last
 * writer wins.
 */
export function createInstallationHandlers(db: DemoDb) {
  const matches = (id: string | readonly string[] | undefined) =>
    id === String(db.installation().id);
  return [
    http.get('*/api/v2/apps/installations/:id.json', ({ params }) =>
      matches(params['id']) ? HttpResponse.json(db.installation()) : notFound(),
    ),
    http.put('*/api/v2/apps/installations/:id.json', async ({ params, request }) => {
      if (!matches(params['id'])) return notFound();
      if (db.role !== 'admin') return forbidden();
      const body = await readJsonBody(request);
      const settings = isRecord(body) ? body['settings'] : undefined;
      if (!isRecord(settings)) return invalid('Body must be { "settings": { ... } }');
      const bad = Object.entries(settings).find(([, value]) => typeof value !== 'string');
      if (bad !== undefined) return invalid(`Setting ${bad[0]} must be a string`);
      return HttpResponse.json(db.replaceSettings(settings as Record<string, string>));
    }),
    http.get('*/api/v2/apps/installations/:id/requirements.json', ({ params }) => {
      // Documented as allowed for agents: the sidebar may resolve the field id with it.
      if (!matches(params['id'])) return notFound();
      return HttpResponse.json({
        requirements: [
          {
            account_id: 1,
            identifier: 'handoff_context',
            requirement_id: DEMO_ACCOUNT.contextFieldId,
            requirement_type: 'ticket_fields',
            created_at: '2026-11-01T09:00:00Z',
            updated_at: '2026-11-01T09:00:00Z',
          },
        ],
        next_page: null,
        previous_page: null,
        count: 1,
      });
    }),
  ];
}
