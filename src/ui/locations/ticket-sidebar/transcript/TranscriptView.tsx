import { Button } from '@zendeskgarden/react-buttons';
import { observeElementRect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import styled from 'styled-components';
import { transcriptRows, type TranscriptRow } from '../../../../core/brief';
import type { PartialContextPackage } from '../../../../core/contract';
import { useI18n } from '../../../i18n';
import { MetaLine } from '../layout';
import { COLLAPSED_CHARS, isLong } from './LongText';
import { TranscriptRowView } from './TranscriptRowView';
import { useScrollToFiring } from './use-scroll-to-firing';
import { color } from '../../../components/styles';

/** The transcript scrolls inside this height; the frame around it stays within its cap. */
export const TRANSCRIPT_VIEW_HEIGHT = 420;
const LINE_PX = 18;
const CHARS_PER_LINE = 40;
const ROW_CHROME_PX = 42;

function estimateRow(row: TranscriptRow | undefined): number {
  if (row === undefined) return ROW_CHROME_PX;
  const shown = isLong(row.text) ? COLLAPSED_CHARS * 2 : row.text.length;
  return ROW_CHROME_PX + Math.ceil(Math.max(1, shown) / CHARS_PER_LINE) * LINE_PX;
}

const FALLBACK_RECT = { width: 296, height: TRANSCRIPT_VIEW_HEIGHT };

const Scroller = styled.div`
  position: relative;
  overflow-y: auto;
  overflow-x: hidden;
  overscroll-behavior: contain;
  border: 1px solid ${color('border.subtle')};
  border-radius: 4px;
  padding: 6px;
`;

const Slot = styled.div`
  position: absolute;
  top: 0;
  inset-inline-start: 0;
  width: 100%;
  padding: 0 6px;
  box-sizing: border-box;
`;

const Toolbar = styled.div`
  display: flex;
  justify-content: flex-end;
  margin: 4px 0;
`;

/**
 * The whole conversation, oldest first, virtualised so 10,000 messages cost what 20 do; it
 * opens on the message that fired the rule, its words marked. Everything renders as text.
 */
export default function TranscriptView({
  pkg,
  botName,
  labelId,
}: {
  pkg: PartialContextPackage;
  botName: string | undefined;
  labelId: string;
}) {
  const { t } = useI18n();
  const rows = useMemo(
    () => transcriptRows(pkg, botName === undefined ? {} : { botName }),
    [pkg, botName],
  );
  const firing = rows.findIndex((row) => row.isFiring);
  const scroller = useRef<HTMLDivElement>(null);
  // The app is not built with React Compiler, so nothing memoises the virtualizer's functions.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer: Virtualizer<HTMLDivElement, Element> = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => estimateRow(rows[index]),
    overscan: 6,
    initialRect: FALLBACK_RECT,
    // Without layout (jsdom, a hidden frame) every size reads 0, which would show no rows at
    // all: assume the list's own height and estimated rows instead.
    observeElementRect: (instance, report) =>
      observeElementRect(instance, (rect) => report(rect.height > 0 ? rect : FALLBACK_RECT)),
    measureElement: (element, entry, instance) => {
      const size = entry?.borderBoxSize[0]?.blockSize ?? element.getBoundingClientRect().height;
      return size > 0 ? Math.round(size) : estimateRow(rows[instance.indexFromElement(element)]);
    },
  });
  const goToFiring = useScrollToFiring(virtualizer, scroller, firing);
  useEffect(() => {
    goToFiring();
    // Bring the list itself into the frame too: it opens below the brief, often past the cap.
    const list = scroller.current;
    if (list !== null && typeof list.scrollIntoView === 'function') {
      list.scrollIntoView({ block: 'nearest' });
    }
  }, [goToFiring]);

  if (rows.length === 0) return <MetaLine>{t('sidebar.transcript.empty')}</MetaLine>;
  const total = virtualizer.getTotalSize();
  return (
    <div data-region="transcript">
      {firing >= 0 && (
        <Toolbar>
          <Button isLink size="small" onClick={goToFiring}>
            {t('sidebar.transcript.jumpToFiring')}
          </Button>
        </Toolbar>
      )}
      <Scroller
        ref={scroller}
        role="list"
        aria-labelledby={labelId}
        tabIndex={0}
        style={{ height: Math.min(TRANSCRIPT_VIEW_HEIGHT, total + 14) }}
      >
        <div style={{ height: total, position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (row === undefined) return null;
            return (
              <Slot
                key={item.key}
                role="listitem"
                data-index={item.index}
                ref={virtualizer.measureElement}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <TranscriptRowView row={row} />
              </Slot>
            );
          })}
        </div>
      </Scroller>
    </div>
  );
}
