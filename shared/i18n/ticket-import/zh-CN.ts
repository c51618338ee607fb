/** Chinese strings of the ticketImport area; the English file is typed against this shape. */
export const ticketImportZh = {};
