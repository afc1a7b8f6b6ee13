import styled, { createGlobalStyle } from 'styled-components';
import { color, fontFamily, fontSize, lineHeight } from '../../components/styles';

/** The sidebar is ~320 px: the frame's own margin would waste 16 of them. */
export const SidebarGlobalStyle = createGlobalStyle`
  html, body { margin: 0; padding: 0; }
  body { overflow-x: hidden; }
`;

/** The app's whole document in the sidebar frame: its one main landmark. */
export const SidebarRoot = styled.main`
  box-sizing: border-box;
  padding: 12px 12px 16px;
  max-width: 100%;
  overflow-x: hidden;
  font-family: ${fontFamily('system')};
  font-size: ${fontSize('md')};
  line-height: ${lineHeight('md')};
  color: ${color('foreground.default')};
`;

export const SectionBox = styled.section`
  margin: 0 0 12px;
  min-width: 0;
`;

/** Level 2: the frame's own (visually hidden) level-1 heading is the app's name. */
export const SectionLabel = styled.h2`
  margin: 0 0 2px;
  font-size: ${fontSize('sm')};
  line-height: ${lineHeight('sm')};
  font-weight: 600;
  color: ${color('foreground.subtle')};
`;

/** One value line: wraps, never pushes the frame wider. */
export const ValueLine = styled.div`
  min-width: 0;
  overflow-wrap: anywhere;
`;

export const StrongValue = styled(ValueLine)`
  font-weight: 600;
`;

export const MetaLine = styled.div`
  font-size: ${fontSize('sm')};
  line-height: ${lineHeight('sm')};
  color: ${color('foreground.subtle')};
  overflow-wrap: anywhere;
`;

/** Items side by side that wrap onto the next line at 320 px. */
export const WrapRow = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 4px 8px;
  min-width: 0;
`;

export { VisuallyHidden } from '../../components/styles';
