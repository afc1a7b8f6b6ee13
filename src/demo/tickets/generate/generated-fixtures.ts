import type { DemoTicketFile } from '../ticket-file-types';
import { buildLongConversation } from './long-conversation';

/** Fixture files too large to write by hand: the file name under tests/fixtures/tickets/ and its builder. */
export const GENERATED_FIXTURES: readonly {
  readonly file: string;
  readonly build: () => DemoTicketFile;
}[] = [{ file: '10017-long-conversation.json', build: () => buildLongConversation() }];

/** The bytes a fixture file holds; the generator writes them and a test compares them. */
export function serializeFixture(file: DemoTicketFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
