import { BarChart } from '@mantine/charts';
import { useUiStore } from '../../state/ui-store.ts';
import { formatNumber } from './report-format.ts';

interface FigureBarChartProps<Row extends Record<string, unknown>> {
  label: string;
  rows: Row[];
  /** The field naming each bar (country name, town). */
  nameKey: keyof Row & string;
  /** The field the bars measure, and its label in the tooltip. */
  valueKey: keyof Row & string;
  valueLabel: string;
  color: string;
  /** Room for the longest name on the axis. */
  axisWidth: number;
  barHeight: number;
}

/**
 * A report figure as horizontal bars, one per row, each labelled with its number: the height
 * grows with the rows so every name stays readable. No animation (screenshots and print).
 */
export function FigureBarChart<Row extends Record<string, unknown>>(
  props: FigureBarChartProps<Row>,
) {
  const { label, rows, nameKey, valueKey, valueLabel, color, axisWidth, barHeight } = props;
  const language = useUiStore((state) => state.language);
  return (
    // A picture with a name, not a Tab stop: every bar's number is on it and in the table below.
    <figure className="report-chart" role="img" aria-label={label}>
      <BarChart
        h={rows.length * barHeight + 40}
        data={rows}
        dataKey={nameKey}
        orientation="vertical"
        series={[{ name: valueKey, label: valueLabel, color }]}
        yAxisProps={{ width: axisWidth, interval: 0 }}
        // People are counted in whole numbers: no "0,25" on the axis of a small period.
        xAxisProps={{ allowDecimals: false }}
        gridAxis="y"
        withBarValueLabel
        valueFormatter={(value) => formatNumber(value, language)}
        barProps={{ isAnimationActive: false }}
        barChartProps={{ margin: { right: 36 } }}
        accessibilityLayer={false}
      />
    </figure>
  );
}
