/**
 * What test/reliability/file-attacks.test.ts tries: hostile config files and a team lead who
 * reaches out of their lane. The README's Safety section and SECURITY.md count them.
 */
export const FILE_ATTACKS = [
  'a team file that sets org roles and org policies and takes over another team',
  'a committed symbolic link out of the workspace, in a glob',
  'a committed symbolic link out of the workspace, in a directory',
  'a symbolic link to a folder below the config',
  'a named pipe (FIFO) named like a config file',
  'a file that says it is empty and never ends (/proc)',
  'a hidden file in the config folder',
  'a token in a config file, quoted by an error',
  'a committed file that is not YAML (a credentials line)',
  'an impossible timestamp beside a shape error',
  'a team slug from the server that climbs out of --out',
  'an export over files it did not write, or through a link',
] as const;
