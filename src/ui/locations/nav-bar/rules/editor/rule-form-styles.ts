import styled from 'styled-components';
import { color } from '../styles';

export const Wide = styled.div`
  grid-column: 1 / -1;
`;

/**
 * A rule's form, two fields a row. Each field spans four rows of the form's grid (label, hint,
 * input, problems) as a subgrid, so fields side by side start their inputs on one line however
 * differently their hints wrap.
 */
export const RuleBody = styled.div`
  display: grid;
  grid-template-columns: repeat(2, minmax(0, 1fr));
  column-gap: 16px;
  padding: 8px 12px 0;
  border-top: 1px solid ${color('border.subtle')};

  /* Doubled class: Garden's own Field styles reset padding and come later in the sheet. */
  && > *,
  && > ${Wide} > * {
    display: grid;
    grid-row: span 4;
    grid-template-rows: subgrid;
    row-gap: 0;
    align-items: start;
  }

  && > * {
    padding-bottom: 12px;
  }
`;
