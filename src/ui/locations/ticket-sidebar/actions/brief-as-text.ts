import { intentConfidenceShown, type Brief } from '../../../../core/brief';
import type { Translator } from '../../../i18n';

/**
 * The brief as plain text, for a side conversation or an internal note: the same parts and
 * words the sidebar shows, one per line, in the agent's language.
 */
export function briefAsText(brief: Brief, i18n: Translator): string {
  const { t, tp, formatNumber, formatDateTime } = i18n;
  const percent = (value: number) =>
    formatNumber(value, { style: 'percent', maximumFractionDigits: 0 });
  const lines: string[] = [];
  const line = (label: string, value: string) => {
    if (value.trim() !== '') lines.push(`${label}: ${value}`);
  };
  const { headline, reason, intent, identity, page } = brief;
  const how =
    headline.starter === undefined
      ? undefined
      : headline.starter === 'customer' && headline.answers > 0
        ? tp('sidebar.headline.customerAfter', headline.answers)
        : t(`sidebar.headline.${headline.starter}`);
  const top = [headline.topic?.text, how].filter((part) => part !== undefined).join(' — ');
  if (top !== '') lines.push(top);
  if (reason !== undefined) {
    const parts = [
      (reason.label ?? reason.ruleId).text,
      t(`brief.triggerType.${reason.type}`),
      ...(reason.matched === undefined
        ? []
        : [t('sidebar.reason.matched', { words: reason.matched.text })]),
      ...(reason.confidence === undefined
        ? []
        : [
            reason.threshold === undefined
              ? t('sidebar.reason.confidenceOnly', { confidence: percent(reason.confidence) })
              : t('sidebar.reason.confidence', {
                  confidence: percent(reason.confidence),
                  threshold: percent(reason.threshold),
                }),
          ]),
    ];
    line(t('sidebar.reason.label'), parts.join(' · '));
  }
  if (intent !== undefined) {
    const sure =
      intentConfidenceShown(brief) && intent.confidence !== undefined
        ? ` (${t('sidebar.intent.confidence', { confidence: percent(intent.confidence) })})`
        : '';
    line(t('sidebar.intent.label'), `${intent.name.text}${sure}`);
  }
  line(
    t('sidebar.identity.label'),
    [
      identity.name?.text,
      identity.email?.text,
      identity.accountId === undefined
        ? undefined
        : t('sidebar.identity.account', { id: identity.accountId.text }),
      identity.planTier === undefined
        ? undefined
        : t('sidebar.identity.plan', { tier: identity.planTier.text }),
    ]
      .filter((part) => part !== undefined)
      .join(' · '),
  );
  if (page !== undefined) {
    line(
      t('sidebar.page.label'),
      [page.title?.text, page.url?.text].filter((p) => p !== undefined).join(' — '),
    );
  }
  if (brief.ask.length > 0) {
    lines.push(`${t('sidebar.ask.label')}:`);
    for (const item of brief.ask) {
      const notes = [
        ...(item.at === undefined ? [] : [formatDateTime(item.at, { dateStyle: 'short' })]),
        ...item.why.map((why) => t(`sidebar.ask.why.${why}`)),
      ];
      lines.push(`- “${item.text.text}” (${notes.join(' · ')})`);
    }
  }
  line(t('sidebar.known.label'), brief.known.map((fact) => fact.text.text).join(' · '));
  if (brief.botTried.length > 0) {
    lines.push(`${t('sidebar.botTried.label')}:`);
    for (const tried of brief.botTried) {
      const kind = tried.kind === 'text' ? '' : `[${t(`brief.kind.${tried.kind}`)}] `;
      lines.push(`- ${kind}${tried.text.text}`);
    }
    const { turnedDown, repeated } = brief.botTriedOutcome;
    if (turnedDown > 0) lines.push(tp('sidebar.botTried.turnedDown', turnedDown));
    if (repeated > 0) lines.push(tp('sidebar.botTried.repeated', repeated));
  }
  return lines.join('\n');
}
