// Prisma's schema engine as WebAssembly, driven through the same driver adapters as the app.
// The CLI's native engine cannot be downloaded on our machines (docs/decisions/0002).
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as glue from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import type { SchemaFile } from './migration-list.js';

// Node has WebAssembly; the ES2023 lib just does not declare it.
interface WasmApi {
  instantiate(bytes: Uint8Array, imports: Record<string, unknown>): Promise<{ instance: { exports: Record<string, unknown> } }>;
}
const { WebAssembly: Wasm } = globalThis as unknown as { WebAssembly: WasmApi };

let wasmReady: Promise<void> | undefined;

/** Node 20 cannot import .wasm as an ES module, so instantiate it by hand once. */
async function loadWasm(): Promise<void> {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('@prisma/schema-engine-wasm');
  const bytes = await readFile(join(dirname(entry), 'schema_engine_bg.wasm'));
  const { instance } = await Wasm.instantiate(bytes, { './schema_engine_bg.js': glue });
  (glue as unknown as { __wbg_set_wasm(exports: Record<string, unknown>): void }).__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
}

export async function createSchemaEngine(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  schema: SchemaFile[],
  onLog: (message: string) => void = () => {},
): Promise<SchemaEngine> {
  wasmReady ??= loadWasm();
  await wasmReady;
  const { SchemaEngine: Engine } = glue as unknown as { SchemaEngine: typeof SchemaEngine };
  return Engine.new({ datamodels: schema.map((f): [string, string] => [f.path, f.content]) }, (log: string) => onLog(log), bindMigrationAwareSqlAdapterFactory(adapterFactory));
}
