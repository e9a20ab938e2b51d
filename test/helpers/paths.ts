import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "..", "..");
export const FIXTURES = join(ROOT, "test", "fixtures");
export const VALID_PACK = join(FIXTURES, "packs", "valid");
export const INVALID_PACKS = join(FIXTURES, "packs", "invalid");
export const BIN = join(ROOT, "bin", "eks-primer.js");
export const SEED_COURSE = join(ROOT, "..", "shared", "seed", "eks-primer-course.md");
export const HANDS_ON_PACK = join(FIXTURES, "packs", "hands-on");
