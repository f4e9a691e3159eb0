/** The parts of the public APIs of the Frictionless JavaScript libraries the tests use (they ship no types). */
declare module 'datapackage' {
  export class Package {
    static load(descriptor: object, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: Error[];
    readonly resourceNames: string[];
  }
}

declare module 'tableschema' {
  export class Table {
    static load(
      source: string,
      options: { schema: object; delimiter?: string; quote?: string; bom?: boolean },
    ): Promise<Table>;
    readonly headers: string[];
    read(options: { cast?: boolean; keyed?: boolean }): Promise<Record<string, unknown>[]>;
  }
}
