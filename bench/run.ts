/**
 * `npm run bench`: search latency at the real and synthetic knowledge bases, and HTTP turn latency
 * next to an echo bot on the same stack in the same run. `-- --json` prints one JSON object only.
 */
import { loadKnowledgeBase } from '../bot/infra/knowledge/load';
import { benchSearch } from './search';
import { round } from './stats';
import { benchTurns } from './turns';

async function main(json: boolean): Promise<void> {
  const real = loadKnowledgeBase('knowledge');
  const search = benchSearch(real, [1000, 10000]);
  const turns = await benchTurns();
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const result = {
    search_p99_ms: Object.fromEntries(Object.entries(search).map(([k, v]) => [k, round(v.latency.p99)])),
    search_p50_ms: Object.fromEntries(Object.entries(search).map(([k, v]) => [k, round(v.latency.p50)])),
    index_build_ms: Object.fromEntries(Object.entries(search).map(([k, v]) => [k, round(v.buildMs, 1)])),
    turn_ms: { bot: turns.bot, echo: turns.echo, card_echo: turns.cardEcho.card, echo_beside_card_echo: turns.cardEcho.plain },
    turn_ratio_median: round(turns.bot.p50 / turns.echo.p50),
    turn_ratio_p99: round(turns.bot.p99 / turns.echo.p99),
    // How much of the ratio is answering with a card at all, and how much is finding the answer.
    card_echo_ratio_median: round(turns.cardEcho.card.p50 / turns.cardEcho.plain.p50),
    turn_ratio_vs_card_echo_median: round(turns.bot.p50 / turns.echo.p50 / (turns.cardEcho.card.p50 / turns.cardEcho.plain.p50)),
    throughput_rps: { bot: turns.botRps, echo: turns.echoRps },
    peak_rss_mb: round(peakRssMb, 1),
  };
  if (json) {
    process.stdout.write(JSON.stringify(result) + '\n');
    return;
  }
  console.log('Search (understand() per question, ms)');
  console.table(Object.fromEntries(Object.entries(search).map(([k, v]) => [k, { entries: v.entries, build_ms: round(v.buildMs, 1), p50: round(v.latency.p50), p99: round(v.latency.p99) }])));
  console.log(`HTTP turn over ${turns.turns} sequential requests (ms)`);
  console.table({
    riktlinjeboten: { p50: round(turns.bot.p50), p99: round(turns.bot.p99), rps: round(turns.botRps, 1) },
    'echo bot': { p50: round(turns.echo.p50), p99: round(turns.echo.p99), rps: round(turns.echoRps, 1) },
    ratio: { p50: result.turn_ratio_median, p99: result.turn_ratio_p99, rps: round(turns.botRps / turns.echoRps) },
    'echo bot sending an answer card (own pair)': { p50: round(turns.cardEcho.card.p50), p99: round(turns.cardEcho.card.p99) },
    'echo bot beside it': { p50: round(turns.cardEcho.plain.p50), p99: round(turns.cardEcho.plain.p99) },
    'ratio, card echo / echo': { p50: result.card_echo_ratio_median },
    'ratio, bot / card echo': { p50: result.turn_ratio_vs_card_echo_median },
  });
  console.log(`Peak RSS: ${result.peak_rss_mb} MB`);
}

main(process.argv.includes('--json')).catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
