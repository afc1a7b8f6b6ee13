import styled from 'styled-components';
import { garden } from '../styles';

export const UnstyledFieldset = styled.fieldset`
  border: 0;
  margin: 0;
  padding: 0;
  min-width: 0;
`;

/** A group's name set like a Garden field label, above its options as every label here is. */
export const Legend = styled.legend`
  padding: 0;
  margin-bottom: ${(p) => garden(p.theme).space.base}px;
  font-weight: ${(p) => garden(p.theme).fontWeights.semibold};
`;

/**
 * Two fields side by side. Each spans the two rows of a shared grid, so their labels start on
 * one line and their inputs on the next, even when one label wraps and the other does not.
 */
export const FieldPair = styled.div`
  display: grid;
  grid-template-columns: repeat(2, minmax(0, 1fr));
  grid-template-rows: auto auto;
  column-gap: ${(p) => garden(p.theme).space.base * 3}px;

  && > * {
    display: grid;
    grid-row: span 2;
    grid-template-rows: subgrid;
    row-gap: 0;
    align-items: start;
  }
`;
