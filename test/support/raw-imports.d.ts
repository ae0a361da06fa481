/** Vite's `?raw` imports (browser tests read text files such as the README this way). */
declare module '*?raw' {
  const text: string;
  export default text;
}
