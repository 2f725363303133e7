using System.Globalization;
using System.Threading.RateLimiting;
using Blueindic.Api.Auth;
using Microsoft.Extensions.Options;

namespace Blueindic.Api.Http;

/// <summary>
/// A token bucket per API key (the admin key has its own; requests without a valid key share one per
/// client address): a burst, then a steady rate. Refused requests get a 429 problem with Retry-After.
/// It runs after authentication, so a wrong key still costs its lookup; behind a proxy the address is
/// the proxy's unless forwarded headers are configured, which they are not yet (docs/reliability.md).
/// </summary>
public static class RateLimits
{
    public static IServiceCollection AddRateLimits(this IServiceCollection services) =>
        services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            {
                var limits = http.RequestServices.GetRequiredService<IOptionsMonitor<BlueindicOptions>>().CurrentValue.RateLimit;
                if (limits.PermitsPerSecond <= 0) return RateLimitPartition.GetNoLimiter("off");
                var partition = http.User.FindFirst(BlueindicClaims.KeyId)?.Value is { } keyId ? $"key:{keyId}"
                    : http.User.IsInRole(BlueindicClaims.AdminRole) ? "admin"
                    : $"address:{http.Connection.RemoteIpAddress}";
                return RateLimitPartition.GetTokenBucketLimiter(partition, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = Math.Max(1, limits.Burst),
                    TokensPerPeriod = limits.PermitsPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, ct) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = Problems.Of(429, "Too many requests", $"This key's request rate is over its limit; retry in {seconds} s."),
                });
            };
        });
}
