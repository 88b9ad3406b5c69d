// Types for the plain-Node helpers in lib.mjs, for the TypeScript that reuses them (the benchmark).
import type { ChildProcess, SpawnOptions } from 'node:child_process';

export const root: string;
export function bin(name: string): string;
export function assertPortFree(port: number | string): Promise<void>;
export function scriptEnv(extra?: Record<string, string>): NodeJS.ProcessEnv;
export function run(command: string, args: string[], options?: SpawnOptions): Promise<number>;
export function runWithProgress(command: string, args: string[], label: string, quietMs?: number): Promise<number>;
export function localAuthSecret(dataDir: string): string;
export function buildIsCurrent(): boolean;
export function waitForOk(url: string, timeoutMs: number, isAlive?: () => boolean): Promise<boolean>;
/** How Node runs the portal's server: its flags, then scripts/server.mjs. */
export const SERVER_ARGS: string[];
export function startPortal(port: number | string, env?: Record<string, string>, options?: SpawnOptions): ChildProcess;
