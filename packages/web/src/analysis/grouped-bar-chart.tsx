/**
 * A horizontal grouped bar chart drawn in plain SVG, with the same numbers in a table beside it.
 * Rows are categories (a continuum level, a turning-point type, an agency); within a row there is
 * one bar per series (a site or a dataset). Each bar carries `data-series`, `data-category` and
 * `data-value` so that what is drawn can be checked against the table.
 */
import { formatCount } from '../format.js';

export interface ChartSeries {
  name: string;
  colour: string;
  /** One value per category, in category order. */
  values: number[];
}

export interface GroupedBarChartProps {
  id: string;
  title: string;
  /** What the numbers count, e.g. `logs`, for the axis and the table caption. */
  unit: string;
  categories: string[];
  series: ChartSeries[];
  /** Show a Total row; off when one thing may count in several categories (agencies). */
  totals?: boolean;
}

const LABEL_W = 150;
const BAR_AREA_W = 300;
const BAR_H = 12;
const ROW_GAP = 10;

export function GroupedBarChart(props: GroupedBarChartProps) {
  return (
    <figure className="chart" aria-labelledby={`${props.id}-title`}>
      <figcaption id={`${props.id}-title`}>{props.title}</figcaption>
      <div className="chart-body">
        <ChartSvg {...props} />
        <ChartTable {...props} />
      </div>
    </figure>
  );
}

function ChartSvg({ id, categories, series, unit }: GroupedBarChartProps) {
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const rowH = series.length * BAR_H + ROW_GAP;
  const height = categories.length * rowH + 24;
  const width = LABEL_W + BAR_AREA_W + 40;
  return (
    <svg
      className="chart-svg"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      role="img"
      aria-labelledby={`${id}-title`}
      data-chart={id}
    >
      <ChartLegend series={series} />
      {categories.map((category, c) => (
        <g key={category} transform={`translate(0,${24 + c * rowH})`}>
          <text
            x={LABEL_W - 8}
            y={(series.length * BAR_H) / 2 + 4}
            textAnchor="end"
            className="chart-label"
          >
            {category}
          </text>
          {series.map((s, i) => (
            <Bar
              key={s.name}
              series={s}
              category={category}
              value={s.values[c] ?? 0}
              y={i * BAR_H}
              max={max}
              unit={unit}
            />
          ))}
        </g>
      ))}
    </svg>
  );
}

function Bar(props: {
  series: ChartSeries;
  category: string;
  value: number;
  y: number;
  max: number;
  unit: string;
}) {
  const { series, category, value, y, max, unit } = props;
  const w = (value / max) * BAR_AREA_W;
  return (
    <g data-series={series.name} data-category={category} data-value={value}>
      <rect
        x={LABEL_W}
        y={y}
        width={Math.max(w, value > 0 ? 1 : 0)}
        height={BAR_H - 2}
        fill={series.colour}
      >
        <title>{`${series.name}, ${category}: ${formatCount(value)} ${unit}`}</title>
      </rect>
      <text x={LABEL_W + w + 4} y={y + BAR_H - 3} className="chart-value">
        {formatCount(value)}
      </text>
    </g>
  );
}

function ChartLegend({ series }: { series: ChartSeries[] }) {
  return (
    <g className="chart-legend" aria-hidden="true">
      {series.map((s, i) => (
        <g key={s.name} transform={`translate(${LABEL_W + i * 120},6)`}>
          <rect width={10} height={10} fill={s.colour} />
          <text x={14} y={9}>
            {s.name}
          </text>
        </g>
      ))}
    </g>
  );
}

function ChartTable({ id, title, categories, series, unit, totals = true }: GroupedBarChartProps) {
  return (
    <table className="chart-table" data-chart-table={id}>
      <caption className="visually-hidden">
        {title} ({unit})
      </caption>
      <thead>
        <tr>
          <th scope="col" />
          {series.map((s) => (
            <th key={s.name} scope="col">
              {s.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {categories.map((category, c) => (
          <tr key={category}>
            <th scope="row">{category}</th>
            {series.map((s) => (
              <td key={s.name}>{formatCount(s.values[c] ?? 0)}</td>
            ))}
          </tr>
        ))}
      </tbody>
      {totals && <TotalRow series={series} />}
    </table>
  );
}

function TotalRow({ series }: { series: ChartSeries[] }) {
  return (
    <tfoot>
      <tr>
        <th scope="row">Total</th>
        {series.map((s) => (
          <td key={s.name}>{formatCount(s.values.reduce((a, b) => a + b, 0))}</td>
        ))}
      </tr>
    </tfoot>
  );
}
