// `npm run dev -- <command> ...`: runs bmc from the TypeScript sources under tsx, without a
// build. cli.ts only exports main() (the built bin calls it), so this file is what calls it here.
import { main } from './cli.js';

await main(process.argv.slice(2));
