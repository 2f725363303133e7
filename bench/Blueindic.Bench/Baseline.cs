using Blueindic.Api;
using Blueindic.Api.Infrastructure;
using Marten;

namespace Blueindic.Bench;

/// <summary>The API's own Marten store, in this process: what the commands cost without HTTP, JSON and Wolverine.</summary>
internal static class Baseline
{
    public static DocumentStore Store() => DocumentStore.For(opts => MartenSetup.ConfigureStore(opts,
        Environment.GetEnvironmentVariable("ConnectionStrings__Postgres")
        ?? throw new InvalidOperationException("ConnectionStrings__Postgres is not set (./build.sh bench sets it)."),
        new BlueindicOptions { RunAsyncDaemon = false }, new ReadModels()));
}
