// What a terminal of `cols` x `rows` shows after some output: a small interpreter of the escape
// sequences eks-primer and its prompts write (cursor moves, erase, save/restore, scroll region),
// enough to assert what is on screen at a moment, not only what was ever printed.
export function screenOf(raw: string, cols: number, rows: number): string[] {
  const lines: string[][] = Array.from({ length: rows }, () => []);
  let row = 0;
  let col = 0;
  let top = 0;
  let bottom = rows - 1;
  let saved = { row: 0, col: 0 };
  const scrollUp = () => {
    lines.splice(top, 1);
    lines.splice(bottom, 0, []);
  };
  const lineFeed = () => {
    if (row === bottom) scrollUp();
    else if (row < rows - 1) row++;
  };
  const put = (char: string) => {
    if (col >= cols) {
      col = 0;
      lineFeed();
    }
    const line = lines[row] ?? [];
    while (line.length < col) line.push(" ");
    line[col] = char;
    lines[row] = line;
    col++;
  };
  const clamp = () => {
    row = Math.max(0, Math.min(rows - 1, row));
    col = Math.max(0, Math.min(cols - 1, col));
  };
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i] ?? "";
    if (char === "\u001b") {
      const next = raw[i + 1];
      if (next === "7") {
        saved = { row, col };
        i++;
        continue;
      }
      if (next === "8") {
        ({ row, col } = saved);
        i++;
        continue;
      }
      const csi = /^\[([?]?)([\d;]*)([A-Za-z])/.exec(raw.slice(i + 1, i + 24));
      if (!csi) continue;
      i += csi[0].length;
      const [, priv, params = "", cmd] = csi;
      if (priv) continue;
      const n = params.split(";").map((p) => (p === "" ? undefined : Number(p)));
      const a = n[0] ?? 1;
      switch (cmd) {
        case "A":
          row = Math.max(row < top ? 0 : top, row - a);
          break;
        case "B":
          row = Math.min(row > bottom ? rows - 1 : bottom, row + a);
          break;
        case "C":
          col += a;
          break;
        case "D":
          col -= a;
          break;
        case "G":
          col = a - 1;
          break;
        case "H":
        case "f":
          row = (n[0] ?? 1) - 1;
          col = (n[1] ?? 1) - 1;
          break;
        case "K":
        case "J": {
          const mode = n[0] ?? 0;
          const line = lines[row] ?? [];
          if (cmd === "K" && mode === 2) lines[row] = [];
          else if (mode === 0) lines[row] = line.slice(0, col);
          if (cmd === "J" && mode === 0) for (let r = row + 1; r < rows; r++) lines[r] = [];
          if (cmd === "J" && mode === 2) for (let r = 0; r < rows; r++) lines[r] = [];
          break;
        }
        case "r":
          top = (n[0] ?? 1) - 1;
          bottom = (n[1] ?? rows) - 1;
          row = 0;
          col = 0;
          break;
        default:
          break; // colours and modes
      }
      clamp();
      continue;
    }
    if (char === "\r") col = 0;
    else if (char === "\n") {
      col = 0;
      lineFeed();
    } else if (char >= " ") put(char);
  }
  return lines.map((line) => line.join("").trimEnd());
}
