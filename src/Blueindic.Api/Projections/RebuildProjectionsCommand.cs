using JasperFx.CommandLine;

namespace Blueindic.Api.Projections;

/// <summary>
/// <c>dotnet Blueindic.Api.dll rebuild-projections</c>: every read model rebuilt from the events at
/// bulk speed (<see cref="BulkRebuild"/>), in one transaction, the async daemon's progression left at
/// the last event. The API nodes must be stopped first (docs/operations.md).
/// </summary>
[Description("Rebuilds every projection from the event store at bulk speed (stop the API nodes first)", Name = "rebuild-projections")]
public sealed class RebuildProjectionsCommand : JasperFxAsyncCommand<NetCoreInput>
{
    public override async Task<bool> Execute(NetCoreInput input)
    {
        using var host = input.BuildHost();
        var store = (DocumentStore)host.Services.GetRequiredService<IDocumentStore>();
        var result = await BulkRebuild.RunAsync(store, CancellationToken.None);
        Console.WriteLine($"Rebuilt {result.Projections.Count} projections from {result.Events:N0} events " +
                          $"(read {result.ReadSeconds:0.0} s, written {result.WriteSeconds:0.0} s), progression at {result.HighWaterMark}:");
        foreach (var p in result.Projections) Console.WriteLine($"  {p.Name}: {p.Documents:N0} documents");
        return true;
    }
}
