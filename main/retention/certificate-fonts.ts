// The Unicode fonts the certificate PDF and the access copy embed (subsetted), so any name prints:
// Máret Ŋ., Łukasz K., Ærø. PDF's 14 standard fonts are WinAnsi only and cannot show such letters.
//
// DejaVu Sans (Bitstream Vera licence with public-domain changes: free to embed and ship), from
// the npm package dejavu-fonts-ttf. It covers Latin including Sámi and Central European letters,
// Greek and Cyrillic. Consultants' laptops have no system font we can count on, so the app ships
// its own: scripts/build-main.ts copies these files and the licence to dist/main/fonts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CERTIFICATE_FONT_FILES = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  mono: 'DejaVuSansMono.ttf',
} as const;

export type CertificateFonts = Readonly<Record<keyof typeof CERTIFICATE_FONT_FILES, Uint8Array>>;

let cached: CertificateFonts | null = null;

/**
 * The folder holding the DejaVu Sans faces the certificate embeds: dist/main/fonts beside the
 * bundles, or the dejavu-fonts-ttf package when run from source. Throws Error when neither holds
 * them (a broken install).
 */
export function certificateFontDir(): string {
  const candidates: string[] = [];
  // In the bundles (dist/main/electron, dist/main/host) __dirname is set; from source under
  // vitest it is main/retention.
  if (typeof __dirname === 'string') {
    candidates.push(join(__dirname, '..', 'fonts'));
    candidates.push(join(__dirname, '..', '..', 'node_modules', 'dejavu-fonts-ttf', 'ttf'));
  }
  candidates.push(join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf'));
  const dir = candidates.find((d) => existsSync(join(d, CERTIFICATE_FONT_FILES.regular)));
  if (!dir) throw new Error('certificate fonts are missing (dist/main/fonts or dejavu-fonts-ttf)');
  return dir;
}

/** The three faces, read once per process. */
export function certificateFonts(): CertificateFonts {
  if (cached) return cached;
  const dir = certificateFontDir();
  const read = (file: string) => new Uint8Array(readFileSync(join(dir, file)));
  cached = {
    regular: read(CERTIFICATE_FONT_FILES.regular),
    bold: read(CERTIFICATE_FONT_FILES.bold),
    mono: read(CERTIFICATE_FONT_FILES.mono),
  };
  return cached;
}
