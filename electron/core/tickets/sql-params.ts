/**
 * Named parameters for SQL assembled from whitelisted fragments: every value goes through `bind`, which returns a
 * generated placeholder (@p0, @p1…). Only code-chosen names ever enter the SQL text, never a value.
 */
export class SqlParams {
  readonly values: Record<string, unknown> = {};
  private next = 0;

  bind(value: string | number | null): string {
    const name = `p${this.next++}`;
    this.values[name] = value;
    return `@${name}`;
  }

  /** Placeholders for a list, e.g. for IN (…). */
  bindAll(values: readonly (string | number)[]): string {
    return values.map((v) => this.bind(v)).join(', ');
  }
}

/** A LIKE pattern that matches `text` literally (%, _ and the escape character itself are escaped). */
export const likeLiteral = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** `expr LIKE pattern` with the escape clause every pattern from likeLiteral needs. */
export const like = (expr: string, placeholder: string): string => `${expr} LIKE ${placeholder} ESCAPE '\\'`;
