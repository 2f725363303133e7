using System.Globalization;
using System.Threading.RateLimiting;
using Blueindic.Api.Auth;
using Microsoft.Extensions.Options;

namespace Blueindic.Api.Http;

/// <summary>
/// A token bucket per API key (the admin key has its own; requests without a valid key share one per
/// client address): a burst, then a steady rate. /swagger has buckets of its own, tighter. Refused
/// requests get a 429 problem with Retry-After. It runs after authentication, so a wrong key still costs its lookup; behind a proxy the address is
/// the proxy's unless forwarded headers are configured, which they are not yet (docs/reliability.md).
/// </summary>
public static class RateLimits
{
    private static RateLimitPartition<string> Bucket(string partition, int permitsPerSecond, int burst) =>
        permitsPerSecond <= 0
            ? RateLimitPartition.GetNoLimiter("off")
            : RateLimitPartition.GetTokenBucketLimiter(partition, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = Math.Max(1, burst),
                TokensPerPeriod = permitsPerSecond,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            });

    public static IServiceCollection AddRateLimits(this IServiceCollection services) =>
        services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            {
                var options = http.RequestServices.GetRequiredService<IOptionsMonitor<BlueindicOptions>>().CurrentValue;
                var caller = http.User.FindFirst(BlueindicClaims.KeyId)?.Value is { } keyId ? $"key:{keyId}"
                    : http.User.IsInRole(BlueindicClaims.AdminRole) ? "admin"
                    : $"address:{http.Connection.RemoteIpAddress}";
                // The OpenAPI document costs far more to build than an API call: a bucket of its own.
                return http.Request.Path.StartsWithSegments("/swagger")
                    ? Bucket($"swagger:{caller}", options.Swagger.PermitsPerSecond, options.Swagger.Burst)
                    : Bucket(caller, options.RateLimit.PermitsPerSecond, options.RateLimit.Burst);
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
                    ProblemDetails = Problems.Of(429, "Too many requests", $"The request rate is over its limit; retry in {seconds} s."),
                });
            };
        });
}
