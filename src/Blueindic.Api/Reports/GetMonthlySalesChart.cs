using System.Globalization;
using System.Text;

namespace Blueindic.Api.Reports;

public static class GetMonthlySalesChartEndpoint
{
    private static readonly string[] MonthNames = ["Ene", "Feb", "Mar", "Abr", "May", "Jun", "Jul", "Ago", "Sep", "Oct", "Nov", "Dic"];
    private const int Width = 760, Height = 320, Left = 70, Bottom = 40, Top = 40;

    /// <summary>The monthly sales as an SVG bar chart: the year against the compared year, net per month.</summary>
    /// <param name="year">Default: this year.</param>
    /// <param name="compareYear">Default: the year before.</param>
    [WolverineGet("/api/reports/sales/monthly.svg"), Tags("Reports")]
    [Produces("image/svg+xml")]
    [ProducesResponseType<string>(StatusCodes.Status200OK, "image/svg+xml")]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    public static async Task<IResult> Get(IQuerySession session, TimeProvider clock, CancellationToken ct, int? year = null, int? compareYear = null)
    {
        if (ReportYears.Read(year, compareYear, clock, out var y, out var previous) is { } refused) return refused;
        var report = await MonthlySalesReport.LoadAsync(session, y, previous, ct);
        return Results.Text(Draw(report), "image/svg+xml", Encoding.UTF8);
    }

    internal static string Draw(MonthlySalesReport report)
    {
        var inv = CultureInfo.InvariantCulture;
        var max = Math.Max(1, report.Months.Max(m => Math.Max(m.Net, m.PreviousNet)));
        var plotHeight = Height - Top - Bottom;
        var slot = (Width - Left - 20) / 12.0;
        double Bar(decimal value) => (double)Math.Max(0, value) / (double)max * plotHeight;

        var svg = new StringBuilder();
        svg.Append(inv, $"""<svg xmlns="http://www.w3.org/2000/svg" width="{Width}" height="{Height}" viewBox="0 0 {Width} {Height}" font-family="sans-serif" font-size="12">""");
        svg.Append(inv, $"""<title>Ventas mensuales {report.Year} frente a {report.CompareYear} (base imponible, €)</title>""");
        svg.Append("""<rect width="100%" height="100%" fill="white"/>""");
        for (var i = 0; i <= 4; i++)
        {
            var yLine = Top + plotHeight - plotHeight * i / 4.0;
            svg.Append(inv, $"""<line x1="{Left}" y1="{yLine:0.#}" x2="{Width - 20}" y2="{yLine:0.#}" stroke="#e5e5e5"/>""");
            svg.Append(inv, $"""<text x="{Left - 6}" y="{yLine + 4:0.#}" text-anchor="end" fill="#555">{max * i / 4:#,0}</text>""");
        }
        foreach (var m in report.Months)
        {
            var x = Left + (m.Month - 1) * slot;
            var (previousHeight, currentHeight) = (Bar(m.PreviousNet), Bar(m.Net));
            svg.Append(inv, $"""<rect x="{x + slot * 0.12:0.#}" y="{Top + plotHeight - previousHeight:0.#}" width="{slot * 0.36:0.#}" height="{previousHeight:0.#}" fill="#b0c4de"><title>{report.CompareYear}-{m.Month:00}: {m.PreviousNet:0.00} €</title></rect>""");
            svg.Append(inv, $"""<rect x="{x + slot * 0.5:0.#}" y="{Top + plotHeight - currentHeight:0.#}" width="{slot * 0.36:0.#}" height="{currentHeight:0.#}" fill="#1f5fa8"><title>{report.Year}-{m.Month:00}: {m.Net:0.00} €</title></rect>""");
            svg.Append(inv, $"""<text x="{x + slot / 2:0.#}" y="{Height - Bottom + 16}" text-anchor="middle" fill="#333">{MonthNames[m.Month - 1]}</text>""");
        }
        svg.Append(inv, $"""<rect x="{Left}" y="12" width="12" height="12" fill="#b0c4de"/><text x="{Left + 18}" y="22">{report.CompareYear}</text>""");
        svg.Append(inv, $"""<rect x="{Left + 80}" y="12" width="12" height="12" fill="#1f5fa8"/><text x="{Left + 98}" y="22">{report.Year}</text>""");
        svg.Append("</svg>");
        return svg.ToString();
    }
}
