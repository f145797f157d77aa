/**
 * Runs `task` on every item, at most `limit` at a time (a page loading in the shared browser while another is
 * checked), and waits for all; the first failure rejects once the tasks under way have ended.
 */
export async function forEachConcurrently<T>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<void>
): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      await task(items[index], index);
    }
  };
  const results = await Promise.allSettled(Array.from({length: Math.min(limit, items.length)}, lane));
  const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failed) throw failed.reason;
}
