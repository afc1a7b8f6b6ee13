import { Tag } from '@zendeskgarden/react-tags';
import { getColor, type IGardenTheme } from '@zendeskgarden/react-theming';
import styled, { css } from 'styled-components';
import type { TranscriptRow } from '../../../../core/brief';
import type { TranscriptRole } from '../../../../core/contract';
import { useI18n } from '../../../i18n';
import { UntrustedText } from '../../../components/Untrusted';
import { color, fontSize, garden, hueColor, lineHeight } from '../../../components/styles';
import { LongText } from './LongText';

const ROLE_HUE: Record<TranscriptRole, string> = {
  customer: 'blue',
  bot: 'grey',
  agent: 'green',
  system: 'grey',
  unknown: 'yellow',
};

function roleLook(theme: IGardenTheme, role: TranscriptRole, isQuiet: boolean) {
  if (isQuiet) {
    return css`
      background: transparent;
      font-style: italic;
      color: ${getColor({ theme, variable: 'foreground.subtle' })};
      font-size: ${theme.fontSizes.sm};
    `;
  }
  const hue = ROLE_HUE[role];
  return css`
    background: ${getColor({ theme, hue, shade: 100 })};
    border-inline-start: 3px solid ${getColor({ theme, hue, shade: role === 'bot' ? 400 : 600 })};
  `;
}

const Bubble = styled.div<{ $role: TranscriptRole; $isQuiet: boolean; $isFiring: boolean }>`
  box-sizing: border-box;
  margin: 0 0 6px;
  padding: 6px 8px;
  border-radius: 4px;
  min-width: 0;
  ${(p) => roleLook(garden(p.theme), p.$role, p.$isQuiet)}
  ${(p) =>
    p.$isFiring &&
    css`
      outline: 2px solid ${hueColor('yellow', 500)(p)};
      outline-offset: -2px;
    `}
`;

const Head = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  gap: 2px 6px;
  font-size: ${fontSize('sm')};
  line-height: ${lineHeight('sm')};
  color: ${color('foreground.subtle')};
`;

const Author = styled(UntrustedText)`
  font-weight: 600;
  color: ${color('foreground.default')};
`;

const Time = styled.time`
  margin-inline-start: auto;
`;

const Body = styled.div<{ $isButton: boolean }>`
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  min-width: 0;
  ${(p) =>
    p.$isButton &&
    css`
      display: inline-block;
      max-width: 100%;
      margin-top: 2px;
      padding: 1px 10px;
      border: 1px solid ${color('border.emphasis')(p)};
      border-radius: 999px;
      background: ${color('background.default')(p)};
    `}
`;

/** One message: who (role visible in colour and words), when (agent's zone), what, as text. */
export function TranscriptRowView({ row }: { row: TranscriptRow }) {
  const { t, formatDateTime } = useI18n();
  const isQuiet = row.role === 'system' || row.kind === 'event';
  const roleWord = t(`brief.role.${row.role}`);
  return (
    <Bubble
      $role={row.role}
      $isQuiet={isQuiet}
      $isFiring={row.isFiring}
      data-role={row.role}
      data-kind={row.kind}
      data-firing={row.isFiring || undefined}
    >
      <Head>
        {row.author.kind === 'name' ? (
          <>
            <Author>{row.author.name}</Author>
            <span>{roleWord}</span>
          </>
        ) : (
          <Author>{roleWord}</Author>
        )}
        {row.role === 'unknown' && (
          <span data-testid="unknown-author">{t('brief.roleHint.unknown')}</span>
        )}
        {row.kind !== 'text' && (
          <Tag size="small" hue="grey" isPill>
            {t(`brief.kind.${row.kind}`)}
          </Tag>
        )}
        {row.isFiring && (
          <Tag size="small" hue="yellow">
            {t('sidebar.transcript.firing')}
          </Tag>
        )}
        {row.at !== undefined && (
          <Time dateTime={row.at}>
            {formatDateTime(row.at, { dateStyle: 'short', timeStyle: 'short' })}
          </Time>
        )}
      </Head>
      <Body $isButton={row.kind === 'button'}>
        <LongText text={row.text} highlights={row.highlights} />
      </Body>
    </Bubble>
  );
}
