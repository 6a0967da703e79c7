// not toLocaleString: loading Intl costs a small stage more than its work
export const count = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** A count and its noun, the noun plural unless the count is one: `1 warning`, `828 lines`. */
export const counted = (n: number, noun: string, plural = `${noun}s`) => `${count(n)} ${n === 1 ? noun : plural}`;
