// Results of each part: a JSON file with every figure and a Markdown summary, side by side.
import fs from 'node:fs';
import path from 'node:path';

export function percentile(values, p) {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round(sorted[i] * 10) / 10;
}

export function writeReport(outDir, name, summary, markdown) {
  if (!outDir) return;
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, `${name}.json`), `${JSON.stringify(summary, null, 2)}\n`);
  fs.writeFileSync(path.join(outDir, `${name}.md`), `${markdown}\n`);
}
