#:package MiniExcel
// What the .xlsx export's entry-by-entry copy (XlsxStylesRepair) costs next to MiniExcel's own
// write and a plain copy: `dotnet run bench/xlsx-copy-probe.cs -c Release -- 100000` (rows of 15 cells).
using System.Diagnostics; using System.IO.Compression; using System.Xml.Linq;
using MiniExcelLibs; using MiniExcelLibs.OpenXml;
var n = int.Parse(args[0]);
IEnumerable<Dictionary<string, object?>> Rows() { for (var i = 0; i < n; i++) { var d = new Dictionary<string, object?>(); for (var c = 0; c < 15; c++) d["c" + c] = c == 11 ? i : $"texto {i} {c} Muñoz"; yield return d; } }
var src = Path.Combine(Path.GetTempPath(), "xlsx-probe-big.xlsx"); File.Delete(src);
var sw = Stopwatch.StartNew();
using (var f = File.Create(src)) MiniExcel.SaveAs(f, Rows(), configuration: new OpenXmlConfiguration { TableStyles = TableStyles.None });
var write = sw.Elapsed; sw.Restart();
using (var f = File.OpenRead(src)) using (var o = File.Create(Path.Combine(Path.GetTempPath(), "xlsx-probe-copy.xlsx"))) await f.CopyToAsync(o);
var plain = sw.Elapsed; sw.Restart();
using (var f = File.OpenRead(src)) using (var o = File.Create(Path.Combine(Path.GetTempPath(), "xlsx-probe-mended.xlsx"))) {
  await using var source = await ZipArchive.CreateAsync(f, ZipArchiveMode.Read, true, null, default);
  await using var target = await ZipArchive.CreateAsync(o, ZipArchiveMode.Create, true, null, default);
  foreach (var e in source.Entries) { var c = target.CreateEntry(e.FullName, CompressionLevel.Fastest); await using var a = await e.OpenAsync(); await using var b = await c.OpenAsync(); await a.CopyToAsync(b); }
}
var repack = sw.Elapsed;
Console.WriteLine($"rows {n}: file {new FileInfo(src).Length/1e6:F1} MB -> {new FileInfo(Path.Combine(Path.GetTempPath(), "xlsx-probe-mended.xlsx")).Length/1e6:F1} MB; MiniExcel write {write.TotalSeconds:F2}s, plain copy {plain.TotalSeconds:F2}s, repack {repack.TotalSeconds:F2}s, peak WS {Process.GetCurrentProcess().PeakWorkingSet64/1e6:F0} MB");
