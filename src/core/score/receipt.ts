/**
 * Rounds each scoring unit's share of the score to 0.01 so that the shares add up to the score
 * exactly (largest remainder): a reader can add the receipt's points and get the score.
 */
export function apportion(exact: readonly number[], total: number): number[] {
  const target = Math.round(total * 100);
  const cents = exact.map((x) => Math.max(0, x * 100));
  const floors = cents.map((c) => Math.floor(c + 1e-9));
  let diff = target - floors.reduce((a, b) => a + b, 0);
  const order = cents.map((c, i) => ({ i, r: c - (floors[i] as number) })).sort((a, b) => b.r - a.r || a.i - b.i);
  // Only a unit that earns something can take a cent: a missing requirement always shows 0.
  const up = order.filter(({ i }) => (cents[i] as number) > 0);
  while (diff > 0 && up.length > 0) {
    for (const { i } of up) {
      if (diff === 0) break;
      floors[i] = (floors[i] as number) + 1;
      diff--;
    }
  }
  while (diff < 0) {
    const down = [...order].reverse().filter(({ i }) => (floors[i] as number) > 0);
    if (down.length === 0) break;
    for (const { i } of down) {
      if (diff === 0) break;
      floors[i] = (floors[i] as number) - 1;
      diff++;
    }
  }
  return floors.map((f) => f / 100);
}
