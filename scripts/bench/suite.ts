// The shape of one benchmark suite: its figures are printed as "<suite>.<key>".
export interface BenchContext {
  /** Progress and detail lines (stderr with --json, stdout otherwise). */
  log(line: string): void;
}

export interface BenchSuite {
  /** Key prefix: "storage" gives "storage.open_ms". */
  name: string;
  description: string;
  run(context: BenchContext): Promise<Record<string, number>>;
}
