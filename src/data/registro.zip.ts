// Data loader shim: Framework only runs loaders under src/. The logic is in loaders/site-archive.ts.
import {siteArchive} from "../../loaders/site-archive.js";
import {runLoader} from "../../loaders/write-stdout.js";

await runLoader(siteArchive);
