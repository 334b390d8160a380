/** The part of pako (PizZip's own inflater) that archive.ts uses to inflate an entry with a ceiling. */
declare module 'pako/dist/pako.es5.min.js' {
  class Inflate {
    constructor(options?: { raw?: boolean; chunkSize?: number });
    onData: (chunk: Uint8Array) => void;
    push(data: Uint8Array, final?: boolean): boolean;
    err: number;
    msg: string;
  }
  // A CommonJS bundle: Node's ES modules see only its default export.
  const pako: { Inflate: typeof Inflate };
  export default pako;
}
