import { createGlobalStyle } from 'styled-components';
import { color, garden } from '../components/styles';

/**
 * Garden styles its components but not the page: without this, text outside a Garden component
 * falls back to the browser's serif font inside Zendesk's iframe.
 */
export const AppGlobalStyle = createGlobalStyle`
  body {
    margin: 0;
    font-family: ${(p) => garden(p.theme).fonts.system};
    font-size: ${(p) => garden(p.theme).fontSizes.md};
    line-height: ${(p) => garden(p.theme).lineHeights.md};
    color: ${(p) => color('foreground.default')(p)};
    -webkit-font-smoothing: antialiased;
  }
`;
