// A person's decision on an alignment, as the CLI (`review`) and the terminal UI make it: confirm or reject a link, or link by hand.

export type ReviewAction =
  | { kind: 'confirm'; base: string; other?: string }
  | { kind: 'reject'; base: string; other?: string }
  | { kind: 'link'; base: string[]; other: string[] };
