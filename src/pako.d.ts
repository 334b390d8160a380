/** The part of pako (PizZip's own inflater) that archive.ts uses to inflate an entry with a ceiling. */
declare module 'pako' {
  export class Inflate {
    constructor(options?: { raw?: boolean; chunkSize?: number });
    onData: (chunk: Uint8Array) => void;
    push(data: Uint8Array, final?: boolean): boolean;
    err: number;
    msg: string;
  }
}
