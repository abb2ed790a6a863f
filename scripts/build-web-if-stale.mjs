// `npm start` builds the UI only when its sources are newer than the last build.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const built = 'web/dist/index.html';
function newest(p) {
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(p).map((f) => newest(path.join(p, f))));
}
const sources = Math.max(newest('web/src'), newest('web/index.html'), newest('web/register.html'), newest('web/vite.config.ts'));
if (!existsSync(built) || statSync(built).mtimeMs < sources) {
  console.log('构建界面 / building the UI …');
  execSync('npx vite build --config web/vite.config.ts --logLevel warn', { stdio: 'inherit' });
}
