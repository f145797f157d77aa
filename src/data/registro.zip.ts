// Data loader shim: Framework only runs loaders under src/. The logic is in loaders/publish/site-archive.ts.
import {siteArchive} from "../../loaders/publish/site-archive.js";
import {runLoader} from "../../scripts/lib/write-stdout.js";

await runLoader(siteArchive);
