import styled from 'styled-components';

/**
 * Customer- or bot-supplied text: a text node inside <bdi>, so right-to-left overrides or
 * isolates in the text cannot reorder the app's own words around it, and long unbroken runs
 * wrap instead of widening the 320 px sidebar or a table column.
 */
export const UntrustedText = styled.bdi`
  overflow-wrap: anywhere;
  word-break: break-word;
`;
