import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

/** What a layer must not import, and what it may import only as types. */
const TOP = ["**/commands/**", "**/program.js"];
function layer(files, forbidden, message, typesOnly = []) {
  return {
    files: [files],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: forbidden, message },
            ...(typesOnly.length > 0
              ? [
                  {
                    group: typesOnly,
                    allowTypeImports: true,
                    message: `${message}; only types from there`,
                  },
                ]
              : []),
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", "test/fixtures/", ".tmp/"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-console": "error",
    },
  },
  // The layers (HOUSE-STYLE.md): commands -> core -> content/store, commands -> ui; ui takes only
  // types from core and store; shared/ is a leaf; nothing but the program imports commands/.
  {
    files: ["src/**/*.ts"],
    ignores: ["src/build/**"],
    rules: {
      "max-lines": ["error", { max: 300 }],
      "max-lines-per-function": ["error", { max: 80 }],
      // Spreading an array into arguments overflows the stack past some 125,000 items (a long
      // history did, in Math.max(...scores)): fold or loop instead, whatever the array's size.
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "CallExpression[callee.object.name='Math'][callee.property.name=/^(max|min)$/] > SpreadElement",
          message: "Math.max/min(...array) overflows on a long array: use maxOf/minOf or a loop",
        },
        {
          selector: "CallExpression[callee.property.name=/^(push|unshift)$/] > SpreadElement",
          message: "push(...array) overflows on a long array: use a for...of loop",
        },
      ],
    },
  },
  layer("src/shared/**", ["../*"], "shared/ is a leaf: it imports nothing of ours"),
  layer(
    "src/content/**",
    ["**/core/**", "**/store/**", "**/ui/**", ...TOP],
    "content/ imports only shared/ (and paths.ts)",
  ),
  layer(
    "src/store/**",
    ["**/core/**", "**/ui/**", ...TOP],
    "store/ imports only shared/ and content/",
  ),
  layer("src/core/**", ["**/ui/**", ...TOP], "core/ never prints, prompts or renders: no ui/"),
  layer("src/ui/**", TOP, "ui/ is below commands", ["**/core/**", "**/store/**"]),
  layer("src/commands/**", ["**/program.js"], "commands/ do not import the program"),
  {
    files: ["test/**/*.ts", "test/**/*.mjs", "src/build/**"],
    rules: {
      "no-console": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
    },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // The command is CommonJS (bin/package.json), as dist/ is: it loads the program with require().
    files: ["bin/**/*.js"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
