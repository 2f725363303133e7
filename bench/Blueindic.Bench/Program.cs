// Load driver for a running Blueindic API (./build.sh bench starts one over a throwaway PostgreSQL).
// Every scenario prints its figures beside a baseline taken in the same run; see bench/README.md.
using Blueindic.Bench;

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: Blueindic.Bench <base url> <admin key> [all | issue [requests=800] [callers=16] | pay [requests=800] [callers=16] | import [rows=10000,100000] | lag [requests=800] [callers=16] | receivables [invoices=100000] [clients=5000] [requests=200] | reports [invoices=100000] [clients=5000] [requests=50] | rebuild [events=100000,…] | startup [runs=5] | pdf [requests=200] [invoices=1000] | remind [reminders=10000] [connections=4]]");
    return 2;
}
var baseUrl = new Uri(args[0]);
using var admin = Tenants.Client(baseUrl, args[1]);
var scenario = args.Length > 2 ? args[2] : "all";
var rest = args.Skip(3).ToArray();
int Arg(int i, int fallback) => rest.Length > i ? int.Parse(rest[i]) : fallback;

switch (scenario)
{
    case "issue" or "pay":
        await CommandScenarios.RunAsync(admin, baseUrl, scenario, Arg(0, 800), Arg(1, 16));
        break;
    case "lag":
        await LagScenario.RunAsync(admin, baseUrl, Arg(0, 800), Arg(1, 16));
        break;
    case "receivables":
        await ReceivablesScenario.RunAsync(admin, baseUrl, Arg(0, 100_000), Arg(1, 5_000), Arg(2, 200));
        break;
    case "reports":
        await ReportsScenario.RunAsync(admin, baseUrl, Arg(0, 100_000), Arg(1, 5_000), Arg(2, 50));
        break;
    case "rebuild":
        await RebuildScenario.RunAsync(rest.Length > 0 ? rest[0].Split(',').Select(int.Parse).ToArray() : [100_000]);
        break;
    case "startup":
        await StartupScenario.RunAsync(admin, baseUrl, Arg(0, 5));
        break;
    case "pdf":
        await PdfScenario.RunAsync(admin, baseUrl, Arg(0, 200), Arg(1, 1_000));
        break;
    case "remind":
        await RemindScenario.RunAsync(Arg(0, 10_000), Arg(1, 4));
        break;
    case "import":
        await ImportScenario.RunAsync(await ImportScenario.TenantAsync(admin, baseUrl), rest.Length > 0 ? rest[0].Split(',').Select(int.Parse).ToArray() : [10_000, 100_000]);
        break;
    case "all":
        await CommandScenarios.RunAsync(admin, baseUrl, "issue", 800, 16);
        await CommandScenarios.RunAsync(admin, baseUrl, "pay", 800, 16);
        await LagScenario.RunAsync(admin, baseUrl, 800, 16);
        await ReceivablesScenario.RunAsync(admin, baseUrl, 100_000, 5_000, 200);
        await ReportsScenario.RunAsync(admin, baseUrl, 100_000, 5_000, 50);
        await ImportScenario.RunAsync(await ImportScenario.TenantAsync(admin, baseUrl), [10_000]);
        await StartupScenario.RunAsync(admin, baseUrl, 5);
        await PdfScenario.RunAsync(admin, baseUrl, 200, 1_000);
        await RemindScenario.RunAsync(10_000, 4);
        await RebuildScenario.RunAsync([100_000]);
        break;
    default:
        Console.Error.WriteLine($"unknown scenario {scenario}");
        return 2;
}
return 0;
