// The "cite" command as a user runs it: a real process through tsx, text in, JSON or a citation out, exit statuses.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function cli(args: string[], input = '') {
  const result = spawnSync('npx', ['tsx', 'scripts/cli.ts', ...args], { cwd: root, input, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('cli: cite', () => {
  it('parses a text argument to JSON, and stdin line by line with --lines', () => {
    const one = cli(['cite', 'parse', '--json', 'Kết luận số 57-KL/TW, ngày 15/6/2023 của Bộ Chính trị; Nghị quyết số 18/NQ-TW']);
    expect(one.status).toBe(0);
    const citations: unknown = JSON.parse(one.stdout);
    expect(citations).toMatchObject([
      { type: 'Kết luận', symbol: '57-KL/TW', date: '2023-06-15', issuer: 'Bộ Chính trị', span: { start: 0, end: 53 }, warnings: [] },
      { type: 'Nghị quyết', symbol: '18/NQ-TW', warnings: [{ code: 'party_symbol_malformed', suggestion: '18-NQ/TW' }] },
    ]);
    const lines = cli(['cite', 'parse', '--json', '--lines'], 'Decision No. 1079/QD-TTg dated September 14, 2022\nkhông có trích dẫn\n');
    expect(lines.status).toBe(0);
    expect(lines.stdout.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { symbol: string }[]).map((c) => c.symbol))).toEqual([['1079/QĐ-TTg'], []]);
  });

  it('exits 2 when nothing is found, formats stdin JSON, and exits 65 with one line on bad JSON', () => {
    const none = cli(['cite', 'parse', 'Tình hình công tác nhân quyền trong tháng']);
    expect(none.status).toBe(2);
    expect(none.stderr.trim().split('\n')).toHaveLength(1);
    const formatted = cli(['cite', 'format', '--style', 'basis'], JSON.stringify({ type: 'Nghị định', symbol: '09/2017/NĐ-CP', date: '2017-02-09', issuer: 'Chính phủ', term: null, title: 'Quy định chi tiết việc phát ngôn' }));
    expect(formatted).toMatchObject({ status: 0, stdout: 'Căn cứ Nghị định số 09/2017/NĐ-CP ngày 09 tháng 02 năm 2017 của Chính phủ quy định chi tiết việc phát ngôn;\n' });
    const bad = cli(['cite', 'format'], '{"type": "Kết luận", "symbol": "57 KL"}');
    expect(bad.status).toBe(65);
    expect(bad.stderr).toMatch(/^cite format: invalid directive: symbol: .+\n$/);
  });
});
