/** Manifest from JSDoc: lit-aware, private (#) and protected members left out. */
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/**/*.styles.ts', 'src/elements/**/ck-*.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'collectkit-strip-private',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules ?? []) {
          for (const decl of mod.declarations ?? []) {
            if (!decl.members) continue;
            decl.members = decl.members.filter(
              (m) => m.privacy !== 'private' && m.privacy !== 'protected' && !String(m.name).startsWith('#'),
            );
          }
        }
      },
    },
  ],
};
