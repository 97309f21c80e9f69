/**
 * One part of the bench: the engine on the command line today; the add-in will add its own
 * (pane script size, first paint, adapter syncs). run.ts calls each section in turn.
 */
export interface BenchSection {
  /** Short name for `--section=<name>`. */
  name: string;
  title: string;
  run(context: BenchContext): Promise<void>;
}

export interface BenchContext {
  /** A temp folder for the section's files, removed when the bench ends (unless --keep). */
  tempDir: string;
  /** `--sizes=…` when given; each section keeps its own default. */
  sizes: number[] | undefined;
  /** `--reps=…` when given; each section keeps its own default. */
  repetitions: number | undefined;
  /** Prints a line of results (stdout). */
  print(line?: string): void;
  /** Prints a line of progress (stderr), so results can be piped on their own. */
  progress(line: string): void;
}
