import { Button } from '@zendeskgarden/react-buttons';
import { Field, Input } from '@zendeskgarden/react-forms';
import { useState } from 'react';
import type { Conversation } from '../../../../../core/routing';
import { ZendeskFailure, type ZendeskError } from '../../../../../zendesk';
import { useZendesk } from '../../../../app/zendesk-context';
import { describeZendeskError } from '../../../../components/ZendeskErrorState';
import { useI18n } from '../../../../i18n';
import { Inline } from '../styles';
import { contextFieldIdFor } from '../../context-field';
import { loadTicketConversation } from './load-ticket';
import { readBotName } from '../../../../../zendesk/settings';

type LoadState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'empty'; readonly id: number }
  | { readonly kind: 'loaded'; readonly id: number }
  | { readonly kind: 'failed'; readonly error: ZendeskError };

/** "Load ticket #…": replays a handed-off ticket's conversation in the tester. */
export function LoadTicket({ onLoaded }: { onLoaded: (conversation: Conversation) => void }) {
  const { t } = useI18n();
  const session = useZendesk();
  const [text, setText] = useState('');
  const [state, setState] = useState<LoadState>({ kind: 'idle' });
  const id = Number(text.trim().replace(/^#/, ''));
  const valid = Number.isInteger(id) && id > 0;
  const load = async () => {
    setState({ kind: 'loading' });
    try {
      const botName = readBotName(session.metadata.settings);
      const loaded = await loadTicketConversation(
        session.client,
        id,
        contextFieldIdFor(session.client, session),
        botName === undefined ? [] : [botName],
      );
      if (loaded.kind === 'empty') return setState({ kind: 'empty', id });
      onLoaded(loaded.conversation);
      setState({ kind: 'loaded', id });
    } catch (reason) {
      const error: ZendeskError =
        reason instanceof ZendeskFailure
          ? reason.error
          : { kind: 'sdk', operation: 'load ticket', message: String(reason) };
      setState({ kind: 'failed', error });
    }
  };
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (valid) void load();
      }}
    >
      {/* The number field narrows to make room for the button before the button wraps. */}
      <Inline>
        <Field style={{ flex: '1 1 120px', maxWidth: 240 }}>
          <Field.Label>{t('rules.tester.ticketLabel')}</Field.Label>
          <Input
            isCompact
            inputMode="numeric"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </Field>
        <Button size="small" type="submit" disabled={!valid || state.kind === 'loading'}>
          {t(state.kind === 'loading' ? 'rules.tester.loadingTicket' : 'rules.tester.loadTicket')}
        </Button>
      </Inline>
      <p role="status" style={{ marginTop: state.kind === 'idle' ? 0 : 4 }}>
        {state.kind === 'empty' && t('rules.tester.ticketEmpty', { id: state.id })}
        {state.kind === 'loaded' && t('rules.tester.ticketLoaded', { id: state.id })}
        {state.kind === 'failed' &&
          t(describeZendeskError(state.error), {
            status: state.error.kind === 'http' ? state.error.status : '',
          })}
      </p>
    </form>
  );
}
