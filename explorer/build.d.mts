/** Types of build.mjs (plain JavaScript run by Node at build time), for the tests that call it. */
export declare const DEFAULT_OUT_DIR: string;
export declare const ASSET_FILES: string[];
export declare function explorerUpToDate(outDir?: string): boolean;
export declare function buildExplorer(outDir?: string): Promise<void>;
