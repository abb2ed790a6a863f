/**
 * `npm run bench` runs every benchmark; `npm run bench -- register` (or `clients`, `due-list`, `risk`, `client-care`, `hardening`, `import`) one of them.
 * Results are written to bench/results/.
 */
import { runClientCareBenchmark } from './client-care.js';
import { runClientSearchBenchmark } from './clients-search.js';
import { runDueListBenchmark } from './due-list.js';
import { runHardeningBenchmark } from './hardening.js';
import { runImportBenchmark } from './import.js';
import { runRegisterBenchmark } from './register-lookup.js';
import { runRiskMatchingBenchmark } from './risk-matching.js';

const benchmarks = {
  clients: runClientSearchBenchmark,
  register: runRegisterBenchmark,
  'due-list': runDueListBenchmark,
  risk: runRiskMatchingBenchmark,
  'client-care': runClientCareBenchmark,
  hardening: runHardeningBenchmark,
  import: runImportBenchmark,
};
const wanted = process.argv.slice(2);
for (const [name, run] of Object.entries(benchmarks)) {
  if (wanted.length === 0 || wanted.includes(name)) {
    console.log(`\n== ${name} ==`);
    await run();
  }
}
