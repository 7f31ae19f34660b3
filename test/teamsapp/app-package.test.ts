import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_PACKAGE_DIR, AppPackage, AppPackageInvalidError, buildAppPackage, zipAppPackage } from '../../scripts/app-package/build';
import { COMMAND_DESCRIPTION_MAX, COMMAND_TITLE_MAX, localizedCommands, manifestCommands } from '../../scripts/app-package/command-rules';
import { MissingEnvVarsError } from '../../scripts/app-package/placeholders';
import { Json, validateLocalization, validateManifest } from '../../scripts/app-package/schemas';

const BOT_ID = '11111111-2222-3333-4444-555555555555';
const VARS = {
  TEAMS_APP_ID: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
  BOT_ID,
  BOT_DOMAIN: 'riktlinjeboten.example.se',
};

const enUs = (pkg: AppPackage): Json => JSON.parse(pkg.files.get('en-us.json')?.toString('utf8') ?? '{}') as Json;

describe('the Teams app package', () => {
  let pkg: AppPackage;
  beforeAll(async () => {
    pkg = await buildAppPackage({ vars: VARS });
  });

  it('fills the manifest from the env values and validates it against the bundled official schema', async () => {
    expect(pkg.manifest['id']).toBe(VARS.TEAMS_APP_ID);
    expect(pkg.manifest['validDomains']).toEqual([VARS.BOT_DOMAIN]);
    expect(await validateManifest(pkg.manifest)).toEqual([]);
    expect(JSON.stringify(pkg.manifest)).not.toContain('${{');
  });

  it('uses the newest manifest schema version the installed @microsoft/app-manifest bundles', () => {
    expect(pkg.manifest['manifestVersion']).toBe('1.30');
    expect(pkg.manifest['$schema']).toBe('https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json');
  });

  it('is a personal bot with the same id for the bot and webApplicationInfo', () => {
    const bots = pkg.manifest['bots'] as Array<Record<string, unknown>>;
    expect(bots).toHaveLength(1);
    expect(bots[0]).toMatchObject({ botId: BOT_ID, scopes: ['personal'], supportsFiles: false, isNotificationOnly: false });
    expect(pkg.manifest['webApplicationInfo']).toEqual({ id: BOT_ID, resource: `api://botid-${BOT_ID}` });
  });

  it('is Swedish by default with the Swedish names and commands', () => {
    expect(pkg.manifest['name']).toEqual({ short: 'Riktlinjeboten', full: 'Riktlinjeboten – telefon och e-post' });
    expect(pkg.manifest['localizationInfo']).toMatchObject({ defaultLanguageTag: 'sv-se' });
    expect(manifestCommands(pkg.manifest).map((c) => c.title)).toEqual(
      expect.arrayContaining(['hjälp', 'rapportera hot', 'rapportera borttappad mobil']),
    );
    expect((pkg.manifest['developer'] as Json)['name']).toBe('Oxelösunds kommun');
  });

  it('has an English localization that validates against its schema and translates every command', async () => {
    const en = enUs(pkg);
    expect(await validateLocalization(en, '1.30')).toEqual([]);
    const sv = manifestCommands(pkg.manifest);
    const translated = localizedCommands(pkg.manifest, en);
    sv.forEach((c, i) => {
      expect(en[`${c.where}.title`]).toBeDefined();
      expect(translated[i]?.title).not.toBe(c.title);
    });
    expect(translated.map((c) => c.title)).toEqual(expect.arrayContaining(['help', 'report threat', 'report lost phone']));
  });

  it('keeps command titles and descriptions within the lengths Teams shows uncut, in both languages', () => {
    for (const c of [...manifestCommands(pkg.manifest), ...localizedCommands(pkg.manifest, enUs(pkg))]) {
      expect(c.title.length).toBeLessThanOrEqual(COMMAND_TITLE_MAX);
      expect(c.description.length).toBeLessThanOrEqual(COMMAND_DESCRIPTION_MAX);
    }
  });

  it('zips exactly the manifest, both icons and the translation at the zip root, all valid', async () => {
    const zip = await JSZip.loadAsync(await zipAppPackage(pkg));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'en-us.json', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as Json;
    expect(await validateManifest(manifest)).toEqual([]);
    const en = JSON.parse(await zip.file('en-us.json')!.async('string')) as Json;
    expect(await validateLocalization(en, '1.30')).toEqual([]);
    const color = PNG.sync.read(await zip.file('color.png')!.async('nodebuffer'));
    expect([color.width, color.height]).toEqual([192, 192]);
  });

  it('builds a byte-identical zip from the same input', async () => {
    expect((await zipAppPackage(pkg)).equals(await zipAppPackage(pkg))).toBe(true);
  });
});

describe('the icons', () => {
  const read = (name: string): PNG => PNG.sync.read(readFileSync(join(APP_PACKAGE_DIR, name)));

  it('has a 192x192 colour icon with an opaque full-bleed background', () => {
    const png = read('color.png');
    expect([png.width, png.height]).toEqual([192, 192]);
    for (let i = 3; i < png.data.length; i += 4) expect(png.data[i]).toBe(255);
  });

  it('has a 32x32 outline icon with only white and transparent pixels, and something drawn', () => {
    const png = read('outline.png');
    expect([png.width, png.height]).toEqual([32, 32]);
    let visible = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      if (png.data[i + 3] === 0) continue;
      visible++;
      expect([png.data[i], png.data[i + 1], png.data[i + 2]]).toEqual([255, 255, 255]);
    }
    expect(visible).toBeGreaterThan(50);
  });
});

describe('building with bad input', () => {
  it('names every missing env variable and where to set it', async () => {
    const build = buildAppPackage({ vars: { BOT_DOMAIN: 'x.example.se' }, missingHint: 'Set them in env/.env.dev.' });
    await expect(build).rejects.toThrow(MissingEnvVarsError);
    await expect(build).rejects.toThrow(/TEAMS_APP_ID, BOT_ID\. Set them in env\/\.env\.dev\./);
  });

  it('treats an empty value as missing', async () => {
    await expect(buildAppPackage({ vars: { ...VARS, BOT_DOMAIN: '' } })).rejects.toThrow(/BOT_DOMAIN/);
  });

  it('rejects a bot id that is not a GUID with the schema error', async () => {
    await expect(buildAppPackage({ vars: { ...VARS, BOT_ID: 'not-a-guid' } })).rejects.toThrow(AppPackageInvalidError);
  });

  it('rejects an outline icon with coloured pixels', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'apppkg-'));
    cpSync(APP_PACKAGE_DIR, dir, { recursive: true });
    const png = PNG.sync.read(readFileSync(join(dir, 'outline.png')));
    png.data.set([255, 0, 0, 255], 0);
    writeFileSync(join(dir, 'outline.png'), PNG.sync.write(png));
    await expect(buildAppPackage({ vars: VARS, appPackageDir: dir })).rejects.toThrow(/outline\.png may contain only white/);
  });

  it('rejects a command title longer than Teams shows', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'apppkg-'));
    cpSync(APP_PACKAGE_DIR, dir, { recursive: true });
    const file = join(dir, 'manifest.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"title": "hjälp"', `"title": "${'h'.repeat(COMMAND_TITLE_MAX + 1)}"`));
    await expect(buildAppPackage({ vars: VARS, appPackageDir: dir })).rejects.toThrow(/longer than 32 characters/);
  });
});

describe('the localization schema check', () => {
  it('rejects a translation with a key the schema does not know', async () => {
    expect(await validateLocalization({ 'name.short': 'X', 'description.short': 'Y', 'description.full': 'Z', 'nmae.full': 'typo' }, '1.30')).not.toEqual([]);
  });
});
