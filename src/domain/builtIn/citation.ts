/**
 * How downloads name the built-in dataset: its title in the citation and the first part of a file
 * name. Only the built-in dataset is named so: the share tools pass other data's own title or file
 * name (export/exportData.ts: `buildCitation`, `exportFileName`).
 */
export const BUILT_IN_TITLE = 'US–Russia diplomacy over Ukraine, 2021–2025';

export const BUILT_IN_NAME = 'us-russia-diplomacy';
