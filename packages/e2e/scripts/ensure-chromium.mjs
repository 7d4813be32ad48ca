// Browser tests drive Debian's chromium (no browser downloads work here). Install it when
// missing and we may (root with apt-get); otherwise stop with the command to run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.KASANE_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(`chromium not found at ${chromium}. Install it: sudo apt-get install -y chromium fonts-noto-cjk`);
    process.exit(1);
  }
  console.log('installing chromium and Japanese fonts from Debian …');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}
