using JasperFx.CodeGeneration;

namespace Blueindic.Api.Hosting;

/// <summary>
/// How Wolverine gets its handler code. A Release build made by ./build.sh or the Dockerfile carries
/// the code `codegen write` generated just before it (built with -p:PregeneratedHandlers=true),
/// loaded statically: no Roslyn compile at start. Any other build compiles it at start, since
/// generated files left on disk may be stale. <c>Blueindic__CodeGeneration=Dynamic|Auto|Static</c> overrides (the startup
/// benchmark compares the two).
/// </summary>
public static class HandlerCodeLoading
{
    private const string Marker = "Internal.Generated.WolverineHandlers.GeneratedHttpEndpointRegistry";

    public static TypeLoadMode Mode(IConfiguration configuration) =>
        Enum.TryParse<TypeLoadMode>(configuration[$"{BlueindicOptions.Section}:CodeGeneration"], ignoreCase: true, out var chosen) ? chosen
        : typeof(Program).Assembly.GetType(Marker) is null ? TypeLoadMode.Dynamic
        : TypeLoadMode.Static;
}
