import { fileURLToPath } from "node:url";

/** The package root: src/ (under tsx) and dist/ (built) both sit one level below it. */
export const PACKAGE_ROOT_URL = new URL("../", import.meta.url);
export const PACKAGE_ROOT = fileURLToPath(PACKAGE_ROOT_URL);
