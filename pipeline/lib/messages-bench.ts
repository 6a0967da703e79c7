// Every message `make bench` shows.

export const benchMessage = {
  badRuns: (value: string) =>
    `RUNS=${value}: expected a whole number of runs from 1 to 99 (make bench RUNS=7); nothing was measured`,
  badScale: (value: string) =>
    `SCALE=${value}: expected SCALE=1 (the pipeline at 10, 100 and 1000 synthetic documents) or no SCALE at all; nothing was measured`,
};
