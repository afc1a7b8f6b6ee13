import { getColor, type IGardenTheme } from '@zendeskgarden/react-theming';

type Themed = { readonly theme: object };

// styled-components' DefaultTheme is not augmented with Garden's; the ThemeProvider above
// every location supplies a Garden theme, so reading it as one is safe.
export const gardenTheme = ({ theme }: Themed): IGardenTheme => theme as IGardenTheme;

export const color = (variable: string) => (p: Themed) =>
  getColor({ theme: gardenTheme(p), variable });

export const hueColor = (hue: string, shade: number) => (p: Themed) =>
  getColor({ theme: gardenTheme(p), hue, shade });

export const fontSize = (size: 'sm' | 'md') => (p: Themed) => gardenTheme(p).fontSizes[size];

export const lineHeight = (size: 'sm' | 'md') => (p: Themed) => gardenTheme(p).lineHeights[size];

export const fontFamily = (family: 'system' | 'mono') => (p: Themed) =>
  gardenTheme(p).fonts[family];
