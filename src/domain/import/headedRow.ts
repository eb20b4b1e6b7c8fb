/** A row of a file with a header: its line, and a field by (normalized) column name. */
export interface HeadedRow {
  line: number;
  get: (column: string) => string;
  /** The column as the file's header writes it, for problems. */
  column: (name: string) => string;
}
