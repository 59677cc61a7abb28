/**
 * Serves a built site with a real nginx and the repository's deploy/nginx.conf, as the intranet server will:
 * the config is copied into a private prefix (/tmp/yaodian-nginx-<port>/) with only `listen` and `root`
 * replaced, the build is linked in under its base path, and nginx runs in the foreground until this
 * process is stopped. Playwright's `nginx` project starts it:
 *   node tests/e2e/support/nginx.ts --dir dist-base --port 4402 --base /dangjian/yaodian/
 * `findNginx()` tells playwright.config.ts whether nginx is installed (NGINX_PATH, PATH, or /usr/sbin).
 */
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** The nginx binary to use, or undefined when there is none. */
export function findNginx(): string | undefined {
  if (process.env.NGINX_PATH) return process.env.NGINX_PATH;
  // Debian puts nginx in /usr/sbin, which is not on an ordinary user's PATH.
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin', '/opt/homebrew/bin'];
  for (const dir of dirs.filter(Boolean)) {
    try {
      accessSync(join(dir, 'nginx'), constants.X_OK);
      return join(dir, 'nginx');
    } catch {}
  }
  return undefined;
}

/**
 * deploy/nginx.conf with its `listen` and `root` lines replaced; throws if the file no longer has exactly one
 * of each, or does not serve `base`, so that the tests always exercise the file admins are given.
 */
export function renderServerConfig(template: string, { port, root, base }: { port: number; root: string; base: string }): string {
  const replace = (text: string, pattern: RegExp, line: string) => {
    const matches = text.match(new RegExp(pattern, 'gm')) ?? [];
    if (matches.length !== 1) throw new Error(`deploy/nginx.conf: expected one line matching ${pattern}, found ${matches.length}`);
    return text.replace(new RegExp(pattern, 'm'), (_all, indent: string) => `${indent}${line}`);
  };
  if (!template.includes(`location ${base} {`)) throw new Error(`deploy/nginx.conf does not serve the base path ${base}`);
  const withListen = replace(template, /^(\s*)listen\s[^;]*;/, `listen 127.0.0.1:${port};`);
  return replace(withListen, /^(\s*)root\s[^;]*;/, `root ${root};`);
}

/** The mime.types file that came with this nginx (next to the nginx.conf it was built with). */
function mimeTypesOf(nginx: string): string {
  const version = spawnSync(nginx, ['-V'], { encoding: 'utf8' });
  const confPath = /--conf-path=(\S+)/.exec(`${version.stdout}${version.stderr}`)?.[1];
  const candidates = [confPath && join(dirname(confPath), 'mime.types'), '/etc/nginx/mime.types'].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`no mime.types found for ${nginx} (looked at ${candidates.join(', ')})`);
  return found;
}

/** A complete nginx.conf around the rendered server block, with every path inside `prefix`. */
function mainConfig(prefix: string, mimeTypes: string): string {
  const temp = (name: string) => `${name}_temp_path ${join(prefix, 'temp', name)};`;
  return [
    // As root, nginx's workers switch to `nobody`, which Debian has no group for: stay as the current user.
    process.getuid?.() === 0 ? `user ${userInfo().username};` : '',
    'worker_processes 1;',
    `pid ${join(prefix, 'nginx.pid')};`,
    `error_log ${join(prefix, 'error.log')} warn;`,
    'events { worker_connections 256; }',
    'http {',
    `  include ${mimeTypes};`,
    '  default_type application/octet-stream;',
    '  sendfile on;',
    `  access_log ${join(prefix, 'access.log')};`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((n) => `  ${temp(n)}`),
    `  include ${join(prefix, 'yaodian.conf')};`,
    '}',
    '',
  ].join('\n');
}

function main(): void {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist-base' }, port: { type: 'string', default: '4402' }, base: { type: 'string', default: '/dangjian/yaodian/' } } });
  const nginx = findNginx();
  if (!nginx) throw new Error('nginx not found: install it (Debian: apt-get install nginx) or set NGINX_PATH');
  const dir = resolve(values.dir!);
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir}/index.html not found: build the site first`);
  const port = Number(values.port);
  const prefix = `/tmp/yaodian-nginx-${port}`;
  rmSync(prefix, { recursive: true, force: true });
  const site = join(prefix, 'www', values.base!);
  mkdirSync(dirname(site), { recursive: true, mode: 0o755 });
  mkdirSync(join(prefix, 'temp'), { recursive: true });
  symlinkSync(dir, site.replace(/\/$/, ''));
  const template = readFileSync(new URL('../../../deploy/nginx.conf', import.meta.url), 'utf8');
  writeFileSync(join(prefix, 'yaodian.conf'), renderServerConfig(template, { port, root: join(prefix, 'www'), base: values.base! }));
  writeFileSync(join(prefix, 'nginx.conf'), mainConfig(prefix, mimeTypesOf(nginx)));

  const args = ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log'), '-g', 'daemon off;'];
  const test = spawnSync(nginx, ['-t', '-q', ...args], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx -t failed for ${prefix}/nginx.conf:\n${test.stderr}`);
  const child = spawn(nginx, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill('SIGTERM'));
  child.on('exit', (code, signal) => {
    if (code !== 0 && signal === null) console.error(`nginx exited with ${code}; see ${prefix}/error.log:\n${readFileSync(join(prefix, 'error.log'), 'utf8').slice(-2000)}`);
    process.exit(code ?? 0);
  });
  console.log(`nginx ${nginx}: ${dir} at http://127.0.0.1:${port}${values.base} (config ${prefix}/nginx.conf)`);
}

if (import.meta.main) main();
