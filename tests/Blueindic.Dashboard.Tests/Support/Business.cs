using System.Globalization;
using System.Text.Json;

namespace Blueindic.Dashboard.Tests.Support;

/// <summary>A business made through the API, to seed what a test then looks at in the browser.</summary>
public sealed record Business(DashboardFixture App, string Key)
{
    public async Task<Guid> ClientAsync(string name, string? taxId = null, string? email = null) =>
        (await App.SendAsync(HttpMethod.Post, "/api/clients", Key, new { name, taxId, email })).GetProperty("id").GetGuid();

    /// <summary>An invoice of <paramref name="net"/> € + 21 % VAT, issued and due on the given days.</summary>
    public Task<JsonElement> InvoiceAsync(Guid clientId, string issueDate, string dueDate, decimal net = 100) =>
        App.SendAsync(HttpMethod.Post, "/api/invoices", Key, new
        {
            clientId, issueDate, dueDate, lines = new[] { new { description = "Servicio", quantity = 1, unitPrice = net, vatRate = 21 } },
        });

    public Task<JsonElement> GetAsync(string url) => App.SendAsync(HttpMethod.Get, url, Key);

    /// <summary>Money as the page must show it: Spanish format, always grouped (1.234,56 €).</summary>
    public static string Euros(decimal amount) => amount.ToString("#,##0.00", CultureInfo.GetCultureInfo("es-ES")) + " €";

    public static string Euros(JsonElement amount) => Euros(amount.GetDecimal());
}
