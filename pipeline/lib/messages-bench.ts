// Every message `make bench` shows.

export const benchMessage = {
  badRuns: (value: string) =>
    `RUNS=${value}: expected a whole number of runs from 1 to 99 (make bench RUNS=7); nothing was measured`,
  buildFailed: (goal: string, documents: number, status: number | null, tail: string) =>
    `make ${goal} failed (status ${status}) on the synthetic corpus of ${documents} documents, which the pipeline must read; nothing more was measured. The end of its output:\n${tail}`,
  scaleStarted: (documents: number, stations: number, runs: number) =>
    `bench     N = ${documents} documents + ${stations.toLocaleString('en')} polling stations, ${runs} run${runs > 1 ? 's' : ''}…`,
  badScale: (value: string) =>
    `SCALE=${value}: expected SCALE=1 (the pipeline at 10, 100 and 1000 synthetic documents) or no SCALE at all; nothing was measured`,
};
