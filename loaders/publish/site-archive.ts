import JSZip from "jszip";
import {publishedFiles} from "./publish.js";
import {resolveRegistry} from "../registry/registry-source.js";

/**
 * The site's data: one ZIP archive whose members Framework serves as separate files
 * (`FileAttachment("data/registro/hitos.parquet")` reads member `hitos.parquet` of `data/registro.zip`).
 * One archive means one read of the registry per build — the shipped one or the remote one, never a mix.
 * Members are compressed with deflate (level 9): the CSVs shrink to a fifth, and the archive is what the SQL
 * console downloads and what `descargas/registro.zip` offers (Framework and JSZip read deflated members).
 */
export async function siteArchive(): Promise<Uint8Array> {
  const {registry, provenance} = await resolveRegistry();
  const zip = new JSZip();
  for (const f of publishedFiles(registry, provenance, {csv: true})) {
    zip.file(f.name, f.bytes, {
      date: new Date(provenance.fecha_construccion),
      compression: "DEFLATE",
      compressionOptions: {level: 9}
    });
  }
  return zip.generateAsync({type: "uint8array"});
}
