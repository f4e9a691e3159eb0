/** Types of scripts/ensure-chromium.mjs (plain JavaScript so that it runs before `npm ci` has tsx). */
export declare const chromiumFlags: readonly string[];
export declare function findChromium(): string | undefined;
export declare function ensureChromium(): string;
