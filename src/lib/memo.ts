/**
 * `derive`, worked out once per object: a later call with the same object returns the first
 * result, kept as long as the object lives (a WeakMap, so a corpus that is dropped takes its
 * results with it). The views use it for what they derive from a corpus once instead of once
 * per page.
 */
export function oncePer<K extends object, V>(derive: (key: K) => V): (key: K) => V {
  const results = new WeakMap<K, V>();
  return (key) => {
    if (results.has(key)) return results.get(key)!;
    const result = derive(key);
    results.set(key, result);
    return result;
  };
}
