// js-yaml arrives with electron-builder (which reads its yml with it); its types are not installed.
declare module 'js-yaml' {
  export function load(text: string): unknown;
}
