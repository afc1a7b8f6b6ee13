import { useId, type ReactNode } from 'react';
import { SectionBox, SectionLabel } from '../layout';

/** A labelled part of the brief, so agents scan labels and screen readers get a heading. */
export function Section({
  label,
  name,
  children,
}: {
  label: string;
  /** A stable handle for tests and screenshots (`data-section`). */
  name: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <SectionBox aria-labelledby={id} data-section={name}>
      <SectionLabel id={id}>{label}</SectionLabel>
      {children}
    </SectionBox>
  );
}
