import { DEMO_ACCOUNT } from '../../demo-account';
import type { TicketFile, ZendeskUser } from '../../zendesk-records';

/** A sample as the server sends it: the REST records, and what the sample is meant to show. */
export interface SampleTicket {
  readonly file: TicketFile;
  readonly demo?: { readonly title?: string; readonly shows?: string };
}

const byId = (id: string) => document.getElementById(id) as HTMLElement;

// Everything below writes textContent only: ticket text is untrusted here as in the app.
function element(tag: string, text?: string, className?: string): HTMLElement {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className !== undefined) node.className = className;
  return node;
}

export function renderPicker(
  list: HTMLElement,
  samples: readonly SampleTicket[],
  current: number | undefined,
  open: (id: number) => void,
): void {
  list.replaceChildren(
    ...samples.map(({ file, demo }) => {
      const item = element('li');
      const link = element('a') as HTMLAnchorElement;
      link.href = `?ticket=${file.ticket.id}`;
      link.append(element('span', `#${file.ticket.id} ${demo?.title ?? file.ticket.subject}`));
      if (demo?.shows !== undefined) link.append(element('small', demo.shows));
      if (file.ticket.id === current) link.setAttribute('aria-current', 'page');
      link.addEventListener('click', (event) => {
        event.preventDefault();
        open(file.ticket.id);
      });
      item.append(link);
      return item;
    }),
  );
}

export function renderTicket(
  file: TicketFile,
  user: (id: number) => ZendeskUser | undefined,
): void {
  const requester = user(file.ticket.requester_id);
  byId('subject').textContent = `#${file.ticket.id} ${file.ticket.subject}`;
  byId('requester').textContent =
    requester === undefined ? '' : `${requester.name} <${requester.email ?? ''}>`;
  byId('tags').textContent = `Tags: ${file.ticket.tags.join(', ')}`;
  const field = file.ticket.custom_fields.find((f) => f.id === DEMO_ACCOUNT.contextFieldId);
  const editor = document.getElementById('context-field') as HTMLTextAreaElement;
  if (document.activeElement !== editor)
    editor.value = typeof field?.value === 'string' ? field.value : '';
  byId('comments').replaceChildren(
    ...file.comments.map((comment) => {
      const item = element('li');
      item.append(element('strong', user(comment.author_id)?.name ?? `User ${comment.author_id}`));
      item.append(element('div', comment.plain_body ?? comment.body));
      return item;
    }),
  );
}

export function fillSelect(
  select: HTMLSelectElement,
  options: readonly (readonly [string, string])[],
  current: string,
  change: (value: string) => void,
): void {
  select.replaceChildren(
    ...options.map(([value, label]) => {
      const option = element('option', label) as HTMLOptionElement;
      option.value = value;
      option.selected = value === current;
      return option;
    }),
  );
  select.addEventListener('change', () => change(select.value));
}
