using Blueindic.Domain.Receivables;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Blueindic.Api.Http;

namespace Blueindic.Api.Settings;

public static class ChangeAlertSettingsEndpoint
{
    /// <summary>Set how many days ahead (today included) an open invoice turns orange (1–90).</summary>
    [WolverinePut("/api/settings/alerts"), Tags("Settings")]
    [ProducesResponseType<AlertSettings>(StatusCodes.Status200OK)]
    [ProducesResponseType<HttpValidationProblemDetails>(StatusCodes.Status400BadRequest, Problems.Json)]
    public static async Task<IResult> Put(AlertSettings input, IDocumentSession session, CancellationToken ct)
    {
        if (input is null) return Problems.Validation("body", "A JSON object is required.");
        var id = TenantSettings.StreamIdFor(session.TenantId);
        var stream = await session.Events.FetchForWriting<TenantSettings>(id, ct);
        if (TenantSettings.ChangeAlertWindow(id, stream.Aggregate, input.AlertWindowDays) is { } changed)
        {
            stream.AppendOne(changed);
            await session.SaveChangesAsync(ct);
        }
        return Results.Ok(new AlertSettings(input.AlertWindowDays));
    }
}
