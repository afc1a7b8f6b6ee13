import { getColor, type IGardenTheme } from '@zendeskgarden/react-theming';
import { createGlobalStyle } from 'styled-components';

// styled-components' DefaultTheme is not augmented with Garden's; the ThemeProvider that
// renders this supplies a Garden theme.
const garden = ({ theme }: { theme: object }) => theme as IGardenTheme;

/**
 * Garden styles its components but not the page: without this, text outside a Garden component
 * falls back to the browser's serif font inside Zendesk's iframe.
 */
export const AppGlobalStyle = createGlobalStyle`
  body {
    margin: 0;
    font-family: ${(p) => garden(p).fonts.system};
    font-size: ${(p) => garden(p).fontSizes.md};
    line-height: ${(p) => garden(p).lineHeights.md};
    color: ${(p) => getColor({ theme: garden(p), variable: 'foreground.default' })};
    -webkit-font-smoothing: antialiased;
  }
`;
