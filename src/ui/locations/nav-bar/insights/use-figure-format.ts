import { useMemo } from 'react';
import type { Figure, UtcDay } from '../../../../core/insights';
import { useI18n } from '../../../i18n';

export interface FigureFormat {
  /** A count in the agent's locale; undefined when it is missing. */
  count(figure: Figure): string | undefined;
  /**
   * A 0..1 ratio as a percent with one decimal, rounded as the CSV export rounds it, so the page
   * and the file show the same number.
   */
  percent(figure: Figure): string | undefined;
  /** A whole percent (the recommendations' figures). */
  wholePercent(value: number): string;
  /** A UTC calendar day, e.g. "2 Nov 2026", in the agent's locale. */
  day(day: UtcDay): string;
  /** A UTC calendar day without its year, for chart ticks. */
  shortDay(day: UtcDay): string;
}

export function useFigureFormat(): FigureFormat {
  const { locale, formatNumber } = useI18n();
  return useMemo(() => {
    const longDay = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const tickDay = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
    const asDate = (day: UtcDay) => new Date(`${day}T00:00:00Z`);
    return {
      count: (figure) => (figure === null ? undefined : formatNumber(figure)),
      percent: (figure) =>
        figure === null
          ? undefined
          : formatNumber(Math.round(figure * 1000) / 1000, {
              style: 'percent',
              minimumFractionDigits: 1,
              maximumFractionDigits: 1,
            }),
      wholePercent: (value) => formatNumber(value / 100, { style: 'percent' }),
      day: (day) => longDay.format(asDate(day)),
      shortDay: (day) => tickDay.format(asDate(day)),
    };
  }, [locale, formatNumber]);
}
