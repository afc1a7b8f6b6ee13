import { getColor, type IGardenTheme } from '@zendeskgarden/react-theming';
import styled from 'styled-components';

// styled-components' DefaultTheme is not augmented with Garden's; the ThemeProvider above every
// location supplies a Garden theme, so reading it as one is safe.
export const garden = (theme: object) => theme as IGardenTheme;

/** A Garden colour variable (`foreground.subtle`, `border.danger`, …) for a styled component. */
export const color =
  (variable: string) =>
  ({ theme }: { theme: object }) =>
    getColor({ theme: garden(theme), variable });

/** A Garden palette colour (`blue`, 600) for a styled component. */
export const hueColor =
  (hue: string, shade: number) =>
  ({ theme }: { theme: object }) =>
    getColor({ theme: garden(theme), hue, shade });

export const fontSize =
  (size: 'sm' | 'md') =>
  ({ theme }: { theme: object }) =>
    garden(theme).fontSizes[size];

export const lineHeight =
  (size: 'sm' | 'md') =>
  ({ theme }: { theme: object }) =>
    garden(theme).lineHeights[size];

export const fontFamily =
  (family: 'system' | 'mono') =>
  ({ theme }: { theme: object }) =>
    garden(theme).fonts[family];

/** Read by screen readers, not shown (a live region, a caption the layout already says). */
export const VisuallyHidden = styled.span`
  position: absolute;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  border: 0;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
`;
