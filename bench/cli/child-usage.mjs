// Preloaded (`node --import`) into a process the cli bench runs: on exit it writes the process's
// own CPU time and peak memory to the file $TRACKER_CHECK_BENCH_USAGE names.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const usage = process.resourceUsage();
  writeFileSync(process.env.TRACKER_CHECK_BENCH_USAGE, JSON.stringify({ cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssKb: usage.maxRSS }));
});
