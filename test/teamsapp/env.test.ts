import { join } from 'node:path';
import { loadEnv, parseEnvFile } from '../../scripts/app-package/env';
import { placeholdersIn } from '../../scripts/app-package/placeholders';
import { readFileSync } from 'node:fs';
import { APP_PACKAGE_DIR } from '../../scripts/app-package/build';

const root = join(__dirname, '..', '..');

describe('env files', () => {
  it('parses dotenv lines, comments, quotes and trailing comments', () => {
    expect(parseEnvFile('# c\nA=1\nB="two words"\nC=x # note\n\nexport D=\'q\'\nnot a line')).toEqual({ A: '1', B: 'two words', C: 'x', D: 'q' });
  });

  it.each(['local', 'dev'])('the committed env/.env.%s declares every variable the manifest uses', (name) => {
    const declared = Object.keys(parseEnvFile(readFileSync(join(root, 'env', `.env.${name}`), 'utf8')));
    const used = placeholdersIn(readFileSync(join(APP_PACKAGE_DIR, 'manifest.json'), 'utf8'));
    expect(declared).toEqual(expect.arrayContaining(used));
  });

  it('the committed env files hold no secrets', () => {
    for (const name of ['local', 'dev']) {
      const vars = parseEnvFile(readFileSync(join(root, 'env', `.env.${name}`), 'utf8'));
      for (const [k, v] of Object.entries(vars)) if (/SECRET|PASSWORD/.test(k)) expect(v).toBe('');
    }
  });

  it('names the expected file when an environment does not exist', () => {
    expect(() => loadEnv(root, 'nosuchenv')).toThrow(/env\/\.env\.nosuchenv/);
  });
});
