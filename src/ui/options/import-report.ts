import type { ImportReport } from '../../storage';

/** The import report as the counts a reader checks: what was added, replaced, kept, refused. */
export function reportCounts(report: ImportReport): Array<[string, number]> {
  return [
    ['importAdded', report.added],
    ['importUpdated', report.updated],
    ['importKept', report.unchanged + report.keptNewerLocal],
    ['importInvalid', report.invalid.length],
  ];
}
