/**
 * Hard limits of the importer. They protect the app (memory, a frozen main process) from hostile or broken files;
 * real CRM exports stay far below every one of them.
 */

/** A CSV above this is refused before reading: 1 GiB is ~5 million tickets, more than Excel could ever have held. */
export const MAX_CSV_BYTES = 1024 ** 3;
/** An XLSX above this is refused; a 1M-row export is ~60 MB. */
export const MAX_XLSX_BYTES = 200 * 1024 ** 2;
/** Sum of the uncompressed sizes of an XLSX's parts: what exceljs would have to parse. */
export const MAX_XLSX_UNCOMPRESSED = 2 * 1024 ** 3;
/** exceljs keeps the shared-string table in memory, so it gets a tighter budget of its own. */
export const MAX_SHARED_STRINGS_BYTES = 400 * 1024 ** 2;
/** Uncompressed/compressed ratio above which a part (of at least MIN_RATIO_CHECK bytes) is taken for a zip bomb. */
export const MAX_COMPRESSION_RATIO = 200;
export const MIN_RATIO_CHECK = 1024 ** 2;
/** Longest stretch of XML between two '<' the XLSX reader may meet: exceljs buffers a text node whole. */
export const MAX_XML_TEXT_RUN = 16 * 1024 ** 2;

/** Excel's own row limit (header included): a workbook beyond it is damaged or hostile and is refused. CSV files are
 * bounded by MAX_CSV_BYTES only (CRM exports are not limited by Excel). */
export const MAX_ROWS = 1_048_576;
/** A cell above this many characters rejects its row (Excel itself stops at 32,767). */
export const MAX_CELL_CHARS = 32_768;
/** A CSV record still open after this many characters means an unclosed quote: the file cannot be read on. */
export const MAX_RECORD_CHARS = 1024 ** 2;

/** Rows kept in the summary; the CSV error report has all of them. */
export const SUMMARY_ERRORS = 100;
/** Problems reported per row at most (a row with every column wrong would otherwise flood the report). */
export const ERRORS_PER_ROW = 10;
