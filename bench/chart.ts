/** Wall time against organization size, both axes logarithmic, as a small self-contained SVG. */
export interface ChartPoint {
  readonly members: number;
  readonly plan: number;
  readonly apply: number;
  readonly planBound: number;
  readonly applyBound: number;
  readonly terraform: number | undefined;
}

const SERIES = [
  { key: 'terraform', label: 'Terraform-style client (apply)', color: '#c0392b', dash: '' },
  { key: 'apply', label: 'sentry-members-sync apply', color: '#2c3e91', dash: '' },
  { key: 'applyBound', label: 'lower bound, apply', color: '#2c3e91', dash: '5 4' },
  { key: 'plan', label: 'sentry-members-sync plan', color: '#16a085', dash: '' },
  { key: 'planBound', label: 'lower bound, plan', color: '#16a085', dash: '5 4' },
] as const;

export function chart(points: readonly ChartPoint[]): string {
  const width = 720;
  const height = 440;
  const left = 70;
  const right = 250;
  const top = 30;
  const bottom = 60;
  const values = points.flatMap((point) =>
    SERIES.map((series) => point[series.key]).filter((v): v is number => v !== undefined && v > 0),
  );
  const yMin = 10 ** Math.floor(Math.log10(Math.min(...values, 1)));
  const yMax = 10 ** Math.ceil(Math.log10(Math.max(...values, 10)));
  const xMin = Math.min(...points.map((p) => p.members)) / 2;
  const xMax = Math.max(...points.map((p) => p.members)) * 2;
  const x = (members: number) =>
    left + ((Math.log10(members) - Math.log10(xMin)) / (Math.log10(xMax) - Math.log10(xMin))) * (width - left - right);
  const y = (seconds: number) =>
    top + (1 - (Math.log10(seconds) - Math.log10(yMin)) / (Math.log10(yMax) - Math.log10(yMin))) * (height - top - bottom);
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
  );
  parts.push(
    '<title>sentry-members-sync: wall time against organization size, with the lower bound and a Terraform-style client</title>',
  );
  parts.push(`<rect width="${width}" height="${height}" fill="white"/>`);
  parts.push(`<text x="${left}" y="18" font-size="14" font-weight="bold">Wall time against organization size (log-log)</text>`);
  for (let tick = yMin; tick <= yMax; tick *= 10) {
    parts.push(`<line x1="${left}" x2="${width - right}" y1="${y(tick)}" y2="${y(tick)}" stroke="#ddd"/>`);
    parts.push(`<text x="${left - 8}" y="${y(tick) + 4}" text-anchor="end">${tick >= 1 ? tick : tick.toFixed(1)} s</text>`);
  }
  for (const point of points) {
    parts.push(`<line x1="${x(point.members)}" x2="${x(point.members)}" y1="${top}" y2="${height - bottom}" stroke="#eee"/>`);
    parts.push(
      `<text x="${x(point.members)}" y="${height - bottom + 18}" text-anchor="middle">${point.members.toLocaleString('en')}</text>`,
    );
  }
  parts.push(`<text x="${(left + width - right) / 2}" y="${height - 18}" text-anchor="middle">members</text>`);
  parts.push(`<line x1="${left}" x2="${left}" y1="${top}" y2="${height - bottom}" stroke="#333"/>`);
  parts.push(`<line x1="${left}" x2="${width - right}" y1="${height - bottom}" y2="${height - bottom}" stroke="#333"/>`);
  for (const [index, series] of SERIES.entries()) {
    const coords = points
      .filter((p) => p[series.key] !== undefined)
      .map((p) => `${x(p.members).toFixed(1)},${y(p[series.key] as number).toFixed(1)}`);
    if (coords.length > 0) {
      parts.push(
        `<polyline fill="none" stroke="${series.color}" stroke-width="2" ${series.dash ? `stroke-dasharray="${series.dash}"` : ''} points="${coords.join(' ')}"/>`,
      );
      for (const coord of coords) {
        const [cx, cy] = coord.split(',');
        parts.push(`<circle cx="${cx}" cy="${cy}" r="3" fill="${series.color}"/>`);
      }
    }
    const ly = top + 20 + index * 22;
    parts.push(
      `<line x1="${width - right + 16}" x2="${width - right + 46}" y1="${ly}" y2="${ly}" stroke="${series.color}" stroke-width="2" ${series.dash ? `stroke-dasharray="${series.dash}"` : ''}/>`,
    );
    parts.push(`<text x="${width - right + 52}" y="${ly + 4}">${series.label}</text>`);
  }
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
