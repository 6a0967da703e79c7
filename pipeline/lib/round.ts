/** Rounded to a number of decimals (4 unless told): a computed share is 5.8617, not 5.861727…; counts stay whole. */
export const round = (value: number, decimals = 4) => Math.round(value * 10 ** decimals) / 10 ** decimals;
