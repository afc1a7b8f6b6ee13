/** What the lazily loaded chart draws; kept apart so the tab's first chunk needs no recharts. */
export interface ChartWeek {
  /** The week's first day, formatted for the axis. */
  readonly label: string;
  /** By series key; null where a count is missing (the line breaks there). */
  readonly values: Readonly<Record<string, number | null>>;
}

export interface ChartSeries {
  readonly key: string;
  readonly name: string;
  readonly color: string;
  /** An SVG dash pattern, for lines past the palette's six colours. */
  readonly dash?: string;
  /** Null for the line of every handoff. */
  readonly ruleId: string | null;
}

/** The chart's height, shared by the chart and its loading placeholder. */
export const CHART_HEIGHT = 280;
