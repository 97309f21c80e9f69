/**
 * `work` remembering the texts it has seen, for reading down a column where the same few texts
 * repeat (statuses, leads, dates). It forgets everything once it holds `limit` texts, so a column
 * of texts that never repeat costs bounded memory. `work` must depend on the text alone.
 */
export function remembering<T>(work: (text: string) => T, limit: number): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    const known = seen.get(text);
    if (known !== undefined || seen.has(text)) return known as T;
    if (seen.size >= limit) seen.clear();
    const value = work(text);
    seen.set(text, value);
    return value;
  };
}
