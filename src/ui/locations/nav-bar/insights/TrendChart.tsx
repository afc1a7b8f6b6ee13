import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTheme } from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';
import { garden } from './styles';
import { CHART_HEIGHT, type ChartSeries, type ChartWeek } from './trend-chart-model';

/**
 * The weekly trend drawn by recharts. Loaded on demand (its library is the tab's heaviest part)
 * and hidden from assistive technology: the section beside it gives the same figures as text.
 */
export default function TrendChart({
  weeks,
  series,
  formatValue,
}: {
  weeks: readonly ChartWeek[];
  series: readonly ChartSeries[];
  formatValue: (value: number) => string;
}) {
  const theme = garden(useTheme() ?? {});
  const grid = getColor({ theme, variable: 'border.subtle' });
  const text = getColor({ theme, variable: 'foreground.subtle' });
  const tick = { fill: text, fontSize: 12 };
  return (
    <div aria-hidden="true" data-testid="insights-trend-chart">
      <ResponsiveContainer
        width="100%"
        height={CHART_HEIGHT}
        initialDimension={{ width: 560, height: CHART_HEIGHT }}
      >
        <LineChart
          data={[...weeks]}
          margin={{ top: 8, right: 16, bottom: 0, left: 0 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke={grid} vertical={false} />
          <XAxis
            dataKey="label"
            tickLine={false}
            axisLine={{ stroke: grid }}
            // Every week is labelled: a lead reads the peak week off the axis, in any language.
            interval={0}
            height={36}
            tick={{ ...tick, fontSize: 11 }}
          />
          <YAxis
            allowDecimals={false}
            tick={tick}
            tickLine={false}
            axisLine={false}
            width={40}
            tickFormatter={(value: number) => formatValue(value)}
          />
          <Tooltip
            formatter={(value) => (typeof value === 'number' ? formatValue(value) : String(value))}
          />
          <Legend iconType="plainline" wrapperStyle={{ fontSize: 12, paddingTop: 4 }} />
          {series.map((line) => (
            <Line
              key={line.key}
              type="monotone"
              name={line.name}
              dataKey={(week: ChartWeek) => week.values[line.key] ?? null}
              stroke={line.color}
              {...(line.dash === undefined ? {} : { strokeDasharray: line.dash })}
              strokeWidth={line.ruleId === null ? 3 : 2}
              dot={{ r: line.ruleId === null ? 3 : 2 }}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
