/** The version of the progress file format: a newer file is refused, an older one migrated. */
export const STORE_VERSION = 2;
