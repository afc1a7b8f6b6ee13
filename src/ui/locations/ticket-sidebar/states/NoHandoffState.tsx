import { Well } from '@zendeskgarden/react-notifications';
import styled from 'styled-components';
import { useI18n } from '../../../i18n';
import { MetaLine } from '../layout';
import { color, fontFamily, fontSize } from '../theme';

const Steps = styled.ul`
  margin: 6px 0 8px;
  padding-inline-start: 18px;
  & code {
    font-family: ${fontFamily('mono')};
    font-size: ${fontSize('sm')};
    color: ${color('foreground.default')};
  }
`;

/** A ticket with nothing to brief: says so, and how a bot provides a handoff context. */
export function NoHandoffState() {
  const { t } = useI18n();
  return (
    <Well isRecessed data-state="none">
      <Well.Title>{t('sidebar.none.title')}</Well.Title>
      <Well.Paragraph>{t('sidebar.none.intro')}</Well.Paragraph>
      <Steps>
        <li>{t('sidebar.none.field')}</li>
        <li>{t('sidebar.none.tags')}</li>
        <li>{t('sidebar.none.comment')}</li>
      </Steps>
      <MetaLine>{t('sidebar.none.contract')}</MetaLine>
    </Well>
  );
}
