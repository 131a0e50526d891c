import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { plotSvg } from './plot-svg';
import { renderMarkdown } from './render-markdown';
import type { RunReport } from './report';

const BEGIN = '<!-- bench:begin (written by npm run bench; edit outside these markers) -->';
const END = '<!-- bench:end -->';
const PLOT_FILE = 'performance.svg';

/**
 * Writes the plot, the JSON report and the figures into `<dir>/PERFORMANCE.md` between the markers,
 * keeping whatever was written around them by hand. Returns the paths written.
 */
export async function writeResults(dir: string, report: RunReport): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const markdownPath = join(dir, 'PERFORMANCE.md');
  const figures = `${BEGIN}\n${renderMarkdown(report, PLOT_FILE)}\n${END}`;
  const existing = existsSync(markdownPath)
    ? await readFile(markdownPath, 'utf8')
    : `# Performance\n\n${BEGIN}\n${END}\n`;
  const [before, rest] = splitOnce(existing, BEGIN);
  const [, after] = splitOnce(rest ?? '', END);
  await writeFile(markdownPath, `${before}${figures}${after ?? '\n'}`);
  await writeFile(join(dir, PLOT_FILE), `${plotSvg(report)}\n`);
  await writeFile(join(dir, 'performance.json'), `${JSON.stringify(report, null, 1)}\n`);
  return [markdownPath, join(dir, PLOT_FILE), join(dir, 'performance.json')];
}

function splitOnce(text: string, marker: string): [string, string | undefined] {
  const index = text.indexOf(marker);
  return index < 0
    ? [text.endsWith('\n') ? `${text}\n` : `${text}\n\n`, undefined]
    : [text.slice(0, index), text.slice(index + marker.length)];
}
