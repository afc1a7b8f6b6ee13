import styled from 'styled-components';
import { color, garden } from '../../../components/styles';

export { color, garden, VisuallyHidden } from '../../../components/styles';

export const InsightsRoot = styled.div`
  font-family: ${(p) => garden(p.theme).fonts.system};
  font-size: ${(p) => garden(p.theme).fontSizes.md};
  line-height: ${(p) => garden(p.theme).lineHeights.md};
  color: ${color('foreground.default')};
  padding: 16px 0 32px;

  h2,
  h3 {
    margin: 0;
    font-weight: ${(p) => garden(p.theme).fontWeights.semibold};
  }

  p {
    margin: 0;
  }
`;

export const HeaderRow = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-start;
  gap: 12px 24px;
  margin-bottom: 16px;
`;

export const HeaderText = styled.div`
  flex: 1 1 420px;
  min-width: 0;

  h2 {
    font-size: ${(p) => garden(p.theme).fontSizes.lg};
    line-height: ${(p) => garden(p.theme).lineHeights.lg};
  }
`;

export const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 8px;
`;

export const Muted = styled.span`
  color: ${color('foreground.subtle')};
`;

export const Stack = styled.div`
  display: flex;
  flex-direction: column;
  gap: 16px;
`;

export const Panel = styled.section`
  border: 1px solid ${color('border.default')};
  border-radius: 8px;
  padding: 16px 20px;
  background: ${color('background.default')};
  min-width: 0;

  > h3 {
    font-size: ${(p) => garden(p.theme).fontSizes.md};
    margin-bottom: 4px;
  }
`;

export const PanelNote = styled.p`
  color: ${color('foreground.subtle')};
  font-size: ${(p) => garden(p.theme).fontSizes.sm};
  line-height: ${(p) => garden(p.theme).lineHeights.sm};
  margin: 0 0 12px;
`;

export const Columns = styled.div`
  display: grid;
  grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
  gap: 16px;
  align-items: start;

  @media (max-width: 900px) {
    grid-template-columns: minmax(0, 1fr);
  }
`;

/**
 * Garden lays tables out fixed, with widths guessed for English; these take their columns' widths
 * from what is in them in the agent's language (a long header wraps between words, never over
 * its neighbour, and a date is never clipped).
 */
export const CONTENT_TABLE = { tableLayout: 'auto' } as const;

/** Narrow frames scroll a table sideways rather than squeeze its numbers. */
export const TableScroll = styled.div`
  overflow-x: auto;
`;

/** Numbers line up digit under digit, right-aligned, as in a ledger. */
export const Num = styled.span`
  display: block;
  text-align: end;
  font-variant-numeric: tabular-nums;
  white-space: nowrap;
`;

export const SubFigure = styled.span`
  display: block;
  text-align: end;
  font-variant-numeric: tabular-nums;
  color: ${color('foreground.subtle')};
  font-size: ${(p) => garden(p.theme).fontSizes.sm};
  white-space: nowrap;
`;
