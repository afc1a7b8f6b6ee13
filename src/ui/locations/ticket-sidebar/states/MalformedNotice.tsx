import { Button } from '@zendeskgarden/react-buttons';
import { Alert } from '@zendeskgarden/react-notifications';
import { useState } from 'react';
import styled from 'styled-components';
import type { Issue } from '../../../../core/shared';
import { useI18n } from '../../../i18n';
import { fontSize, lineHeight } from '../../../components/styles';
import { describeIssue } from './issue-wording';

/** Enough to fix the bot without burying the brief; the rest one click away. */
const ISSUES_SHOWN = 3;
/** A package can break in thousands of places; past this, more words help nobody. */
const ISSUES_MAX = 200;

const Issues = styled.ul`
  margin: 6px 0 4px;
  font-size: ${fontSize('sm')};
  line-height: ${lineHeight('sm')};
  padding-inline-start: 18px;
  overflow-wrap: anywhere;
`;

/**
 * A malformed package: one short line in the agent's words above whatever could still be
 * read, and the problems, for whoever fixes the bot, one click away.
 */
export function MalformedNotice({ issues }: { issues: readonly Issue[] }) {
  const { t, tp } = useI18n();
  const [isShown, setShown] = useState(false);
  const [isAll, setAll] = useState(false);
  const shown = issues.slice(0, isAll ? ISSUES_MAX : ISSUES_SHOWN);
  const hidden = issues.length - shown.length;
  return (
    <Alert type="warning" data-state="malformed" style={{ marginBottom: 12 }}>
      {t('sidebar.malformed.short')}{' '}
      {issues.length > 0 && (
        <Button
          isLink
          size="small"
          aria-expanded={isShown}
          onClick={() => setShown((open) => !open)}
        >
          {isShown
            ? t('sidebar.malformed.hideDetails')
            : tp('sidebar.malformed.details', issues.length)}
        </Button>
      )}
      {isShown && (
        <>
          <Issues>
            {shown.map((issue, index) => (
              <li key={index} data-issue={issue.code}>
                {describeIssue(issue, { t, tp })}
              </li>
            ))}
          </Issues>
          {hidden > 0 && !isAll && (
            <Button isLink size="small" onClick={() => setAll(true)}>
              {tp('sidebar.malformed.more', hidden)}
            </Button>
          )}
        </>
      )}
    </Alert>
  );
}
