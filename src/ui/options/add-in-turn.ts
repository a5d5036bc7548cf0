/** What became of one file or record: its name, and the line the reader sees beside it. */
export interface AddOutcome {
  name: string;
  ok: boolean;
  text: string;
}

/**
 * Runs the steps one after another, reporting after each. One at a time on purpose: every add
 * re-clusters the reader's corpus in the background and broadcasts a change to every tab, so
 * parallel adds would only queue there while the progress bar lied. A step that throws becomes a
 * failed outcome; the steps after it still run.
 */
export async function addInTurn(
  steps: ReadonlyArray<{ name: string; run: () => Promise<AddOutcome> }>,
  onOutcome: (outcomes: AddOutcome[]) => void,
): Promise<AddOutcome[]> {
  const outcomes: AddOutcome[] = [];
  for (const step of steps) {
    let outcome: AddOutcome;
    try {
      outcome = await step.run();
    } catch (error) {
      outcome = { name: step.name, ok: false, text: error instanceof Error ? error.message : String(error) };
    }
    outcomes.push(outcome);
    onOutcome([...outcomes]);
  }
  return outcomes;
}
