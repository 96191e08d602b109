// Rebuilds into a temporary folder and compares every generated file with the
// committed one, byte for byte. Exit code 1 on any difference.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const committed = path.join(here, '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bordermap-geodata-'));
try {
  execFileSync(process.execPath, ['--max-old-space-size=8000', path.join(here, 'build.mjs'), tmp], { stdio: ['ignore', 'ignore', 'inherit'] });
  const built = fs.readdirSync(tmp).sort();
  let failed = 0;
  for (const name of built) {
    const a = fs.readFileSync(path.join(tmp, name));
    const b = fs.existsSync(path.join(committed, name)) ? fs.readFileSync(path.join(committed, name)) : null;
    const same = b !== null && a.equals(b);
    if (!same) failed++;
    console.log(`${same ? 'same   ' : 'DIFFERS'} ${name}`);
  }
  console.log(`${built.length - failed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
