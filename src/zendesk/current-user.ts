export type UserRole = 'admin' | 'agent' | 'other';

/** Who is looking, as the app uses it. */
export interface CurrentUser {
  readonly id: number;
  readonly name: string;
  readonly role: UserRole;
  readonly locale: string;
  /** IANA name, when Zendesk gives one. */
  readonly timeZone?: string;
}

function readRole(value: unknown): UserRole {
  return value === 'admin' || value === 'agent' ? value : 'other';
}

/** ZAF's currentUser, narrowed; anything missing falls back to the safest reading (not an admin). */
export function readCurrentUser(value: unknown): CurrentUser {
  const user =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const zone = user['timeZone'];
  const ianaName =
    typeof zone === 'object' && zone !== null
      ? (zone as Record<string, unknown>)['ianaName']
      : undefined;
  return {
    id: typeof user['id'] === 'number' ? user['id'] : 0,
    name: typeof user['name'] === 'string' ? user['name'] : '',
    role: readRole(user['role']),
    locale: typeof user['locale'] === 'string' ? user['locale'] : 'en',
    ...(typeof ianaName === 'string' ? { timeZone: ianaName } : {}),
  };
}
