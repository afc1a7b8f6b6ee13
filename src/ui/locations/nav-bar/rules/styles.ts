import styled from 'styled-components';
import { color, garden } from '../../../components/styles';

export { color, garden, VisuallyHidden } from '../../../components/styles';

/** Garden's type scale for the tab's own text, which Garden's components do not style. */
export const TabRoot = styled.div`
  font-family: ${(p) => garden(p.theme).fonts.system};
  font-size: ${(p) => garden(p.theme).fontSizes.md};
  line-height: ${(p) => garden(p.theme).lineHeights.md};
  color: ${color('foreground.default')};

  h2,
  h3 {
    font-weight: ${(p) => garden(p.theme).fontWeights.semibold};
  }

  p {
    margin: 0;
  }
`;

/** Editor beside the side panel; one above the other when the frame is too narrow for both. */
export const Columns = styled.div`
  display: grid;
  grid-template-columns: minmax(0, 7fr) minmax(0, 5fr);
  gap: 24px;
  align-items: start;
  margin-top: 12px;

  @media (max-width: 900px) {
    grid-template-columns: minmax(0, 1fr);
  }
`;

export const Panel = styled.section`
  border: 1px solid ${color('border.default')};
  border-radius: 4px;
  padding: 12px 16px;
`;

/**
 * The side panel's tabs share its width: Garden's wide tab padding is for a page's main tabs,
 * and a long translation wraps inside its tab rather than run past the panel's edge.
 */
export const SidePanelFrame = styled(Panel)`
  [data-garden-id='tabs.tablist'] {
    display: flex;
    white-space: normal;
  }

  [data-garden-id='tabs.tab'] {
    flex: 0 1 auto;
    min-width: 0;
    padding-inline: ${(p) => garden(p.theme).space.base * 4}px;
    overflow-wrap: anywhere;
  }
`;

export const Toolbar = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 8px 12px;
  padding: 8px 0;
  border-bottom: 1px solid ${color('border.subtle')};
`;

export const Spacer = styled.span`
  flex: 1 1 auto;
`;

export const Muted = styled.span`
  color: ${color('foreground.subtle')};
`;

export const RuleItem = styled.li<{ $invalid: boolean; $off: boolean; $dragging: boolean }>`
  list-style: none;
  border: 1px solid ${(p) => color(p.$invalid ? 'border.danger' : 'border.default')(p)};
  border-radius: 4px;
  margin-bottom: 8px;
  background: ${(p) =>
    p.$dragging
      ? color('background.default')(p)
      : p.$off
        ? color('background.subtle')(p)
        : 'transparent'};
  position: relative;
  z-index: ${(p) => (p.$dragging ? 1 : 'auto')};
  box-shadow: ${(p) => (p.$dragging ? '0 8px 16px rgba(4, 68, 77, 0.2)' : 'none')};
`;

/** The grip a rule is dragged by: wide enough for a thumb, and it says what it does. */
export const DragHandle = styled.span`
  display: inline-flex;
  align-items: center;
  justify-content: center;
  width: 20px;
  min-height: 32px;
  flex: none;
  cursor: grab;
  touch-action: none;
  user-select: none;
  color: ${(p) => color('foreground.subtle')(p)};
  font-size: 16px;
`;

export const RuleHeader = styled.div`
  display: flex;
  align-items: center;
  gap: 8px;
  padding: 6px 8px;
`;

/** Name on the first line, what the rule is on the second: scannable at any width. */
export const RuleTitle = styled.div`
  flex: 1 1 auto;
  min-width: 0;
`;

export const RuleMeta = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 2px 8px;
  color: ${color('foreground.subtle')};
  font-size: ${(p) => garden(p.theme).fontSizes.sm};
`;

export const Actions = styled.div`
  display: flex;
  flex: 0 0 auto;
  align-items: center;
  gap: 2px;
`;

/**
 * Matched words. The words that fired read dark on a stronger yellow with an underline (an
 * emphasis background would put dark text on dark orange), so the difference is not colour alone.
 */
export const MessageLine = styled.p`
  margin: 2px 0;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
`;

export const Stack = styled.div<{ $gap?: number }>`
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.$gap ?? 12}px;
`;

export const Inline = styled.div<{ $gap?: number }>`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-end;
  gap: ${(p) => p.$gap ?? 8}px;
`;
