/**
 * The analyst's API: a backtest's or a sweep's results as Tablesaw {@code Table}s, to filter, group, pivot and join
 * after the replays. Loading stays on the validating scanner of {@code data} (Tablesaw tripled the load time); this
 * package only reshapes results that already exist, so nothing here is on the replay's path.
 *
 * <pre>
 *   BacktestResults ──┬─ Tables.strategies   one row per strategy
 *   (ComparisonRun,   ├─ Tables.orders       every order, arrival price, life VWAP ┐
 *    or ResultsFile   ├─ Tables.fills        every fill           │
 *    .read(folder))   ├─ Tables.balance      balance over time    │ per strategy
 *                     ├─ Tables.daily        per UTC day          │
 *                     └─ Tables.weekly       per calendar week, vs Auto's same week (report.html, weekly.csv)
 *   SweepResults ─────┬─ Tables.variants     one row per variant, a column per swept key
 *                     └─ Tables.pivot        ranking key over two swept keys (sweep report.html)
 * </pre>
 *
 * A worked example, as {@code examples/analysis/Weekly.java} does it (run with {@code ./gridbench script}):
 *
 * <pre>
 *   BacktestResults r = ResultsFile.read(Path.of("reports/backtest-2026-12-02T08-00-00Z"));
 *   Table weeks = Tables.weekly(r);
 *   Table pivot = weeks.pivot("week", "strategy", "vs_auto_pct", AggregateFunctions.mean);
 *   System.out.println(Tables.formatted(pivot, 2).printAll());   // one row per week, one column per strategy
 *   Table full = weeks.where(weeks.intColumn("days").isEqualTo(7));
 *   System.out.println(full.summarize("vs_auto_pct", AggregateFunctions.stdDev).by("strategy").print());
 * </pre>
 */
package io.gridbench.backtest.analysis;
