import { Button } from '@zendeskgarden/react-buttons';
import { Field, Input } from '@zendeskgarden/react-forms';
import { Progress } from '@zendeskgarden/react-loaders';
import { Alert } from '@zendeskgarden/react-notifications';
import { useState } from 'react';
import type { RuleSet } from '../../../../../core/routing';
import { describeZendeskError } from '../../../../components/ZendeskErrorState';
import { useI18n } from '../../../../i18n';
import { Inline, Stack, VisuallyHidden } from '../styles';
import { BackTestResults } from './BackTestResults';
import { DEFAULT_TICKETS, MAX_TICKETS, useBackTest, type BackTestProgress } from './use-back-test';

function percent(progress: BackTestProgress, limit: number): number {
  const expected = progress.expected ?? limit;
  return expected === 0 ? 100 : Math.min(100, Math.round((100 * progress.fetched) / expected));
}

/** Replays the draft over recent handed-off tickets: per rule, then versus now, and what changes. */
export function BackTestPanel({ draft }: { draft: RuleSet | undefined }) {
  const { t, tp, formatNumber } = useI18n();
  const { state, run, cancel } = useBackTest();
  const [limitText, setLimitText] = useState(String(DEFAULT_TICKETS));
  const limit = Number(limitText);
  const limitValid = Number.isInteger(limit) && limit >= 1 && limit <= MAX_TICKETS;
  const progressText =
    state.kind === 'running'
      ? t('rules.backTest.progress', {
          read: formatNumber(state.progress.fetched),
          limit: formatNumber(state.progress.expected ?? state.limit),
        })
      : '';
  return (
    <Stack>
      <p style={{ margin: 0 }}>{t('rules.backTest.intro')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (draft !== undefined && limitValid) void run(draft, limit);
        }}
      >
        <Inline>
          <Field style={{ width: 180 }}>
            <Field.Label>{t('rules.backTest.limit')}</Field.Label>
            <Input
              isCompact
              type="number"
              min={1}
              max={MAX_TICKETS}
              value={limitText}
              {...(limitValid ? {} : { validation: 'error' as const })}
              onChange={(e) => setLimitText(e.target.value)}
            />
            {!limitValid && (
              <Field.Message validation="error">
                {t('rules.backTest.limitInvalid', { max: formatNumber(MAX_TICKETS) })}
              </Field.Message>
            )}
          </Field>
          {state.kind === 'running' ? (
            <Button size="small" onClick={cancel}>
              {t('rules.backTest.cancel')}
            </Button>
          ) : (
            <Button
              size="small"
              isPrimary
              type="submit"
              disabled={draft === undefined || !limitValid}
            >
              {t('rules.backTest.run')}
            </Button>
          )}
        </Inline>
      </form>
      {draft === undefined && <p role="status">{t('rules.backTest.draftInvalid')}</p>}
      {/* Always there, so the end of a run is announced: a region added with its words is not. */}
      <VisuallyHidden role="status">
        {state.kind === 'done' && tp('rules.backTest.done', state.report.replayed)}
      </VisuallyHidden>
      {state.kind === 'running' && (
        <div role="status">
          <Progress
            size="small"
            aria-label={t('rules.backTest.progressLabel')}
            aria-valuetext={progressText}
            value={percent(state.progress, state.limit)}
          />
          <span>{progressText}</span>
        </div>
      )}
      {state.kind === 'done' && (
        <>
          {(state.cancelled || state.failure !== undefined) && (
            <Alert type="warning" role="status">
              <Alert.Title>
                {t(state.cancelled ? 'rules.backTest.cancelled' : 'rules.backTest.partial')}
              </Alert.Title>
              {state.failure !== undefined &&
                `${t(describeZendeskError(state.failure), {
                  status: state.failure.kind === 'http' ? state.failure.status : '',
                })} `}
              {tp('rules.backTest.covers', state.ticketsRead)}
            </Alert>
          )}
          <BackTestResults report={state.report} />
        </>
      )}
    </Stack>
  );
}
