import styled from 'styled-components';
import type { BriefCounts, GapCode } from '../../../../core/brief';
import type { Issue } from '../../../../core/shared';
import { useI18n, type Translator } from '../../../i18n';
import { MetaLine } from '../layout';
import { describeIssue } from '../states/issue-wording';
import { Section } from './Section';
import { fontSize, lineHeight } from '../../../components/styles';

const List = styled.ul`
  margin: 2px 0 0;
  padding-inline-start: 18px;
  font-size: ${fontSize('sm')};
  line-height: ${lineHeight('sm')};
`;

const UNITS = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
] as const;

/** "3 minutes", "2 hours": the largest unit that fits at least once, in the agent's language. */
function formatDuration(ms: number, formatNumber: Translator['formatNumber']): string {
  const [unit, size] = UNITS.find(([, length]) => ms >= length) ?? (['second', 1000] as const);
  return formatNumber(Math.round(ms / size), { style: 'unit', unit, unitDisplay: 'long' });
}

/** Below the fold: when, how much, and what the package leaves unsaid, in words. */
export function DetailsSection({
  counts,
  handedOffAt,
  gaps,
  warnings,
}: {
  counts: BriefCounts;
  handedOffAt?: string | undefined;
  gaps: readonly GapCode[];
  warnings: readonly Issue[];
}) {
  const { t, tp, formatNumber, formatDateTime } = useI18n();
  const figures = [
    tp('sidebar.details.messages', counts.messages),
    tp('sidebar.details.customerMessages', counts.customerMessages),
    ...(counts.durationMs === undefined
      ? []
      : [
          t('sidebar.details.duration', {
            duration: formatDuration(counts.durationMs, formatNumber),
          }),
        ]),
    ...(counts.truncated > 0 ? [tp('sidebar.details.truncated', counts.truncated)] : []),
  ];
  return (
    <Section label={t('sidebar.details.label')} name="details">
      {handedOffAt !== undefined && (
        <MetaLine>
          {t('sidebar.details.handedOffAt', { time: formatDateTime(handedOffAt) })}
        </MetaLine>
      )}
      <MetaLine>{figures.join(' · ')}</MetaLine>
      {gaps.length > 0 && (
        <MetaLine as="div" data-gaps>
          {t('sidebar.details.gaps')}
          <List>
            {gaps.map((gap) => (
              <li key={gap} data-gap={gap}>
                {t(`brief.gaps.${gap}`)}
              </li>
            ))}
          </List>
        </MetaLine>
      )}
      {warnings.length > 0 && (
        <MetaLine as="div">
          {t('sidebar.details.warnings')}
          <List>
            {warnings.map((warning, index) => (
              <li key={index}>{describeIssue(warning, { t, tp })}</li>
            ))}
          </List>
        </MetaLine>
      )}
    </Section>
  );
}
