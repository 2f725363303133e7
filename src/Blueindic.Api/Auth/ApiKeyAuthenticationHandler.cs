using System.Security.Claims;
using System.Text.Encodings.Web;
using Blueindic.Projections.Tenants;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Blueindic.Api.Auth;

/// <summary>
/// Reads <c>Authorization: Bearer &lt;key&gt;</c>: the admin key from configuration, or a tenant key
/// checked against its stored hash on every request, so a revoked key fails at once.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IDocumentStore store,
    IOptions<BlueindicOptions> blueindic,
    IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header)) return AuthenticateResult.NoResult();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.Fail("Not a bearer key.");
        var key = header["Bearer ".Length..].Trim();

        var adminKey = blueindic.Value.AdminKey;
        if (!string.IsNullOrEmpty(adminKey) && ApiKeys.SecretEquals(key, adminKey))
            return Success(new Claim(ClaimTypes.Name, "admin"), new Claim(ClaimTypes.Role, BlueindicClaims.AdminRole));

        if (!ApiKeys.TryReadKeyId(key, out var keyId)) return AuthenticateResult.Fail("Unknown key.");
        await using var session = store.QuerySession();
        var credential = await session.LoadAsync<ApiKeyCredential>(keyId, Context.RequestAborted);
        if (credential is null || credential.Revoked || !ApiKeys.HashMatches(key, credential.KeyHash))
            return AuthenticateResult.Fail("Unknown or revoked key.");

        return Success(
            new Claim(ClaimTypes.Name, $"key:{keyId}"),
            new Claim(BlueindicClaims.KeyId, keyId.ToString()),
            new Claim(BlueindicClaims.Tenant, credential.TenantId.ToString()));
    }

    private AuthenticateResult Success(params Claim[] claims) =>
        AuthenticateResult.Success(new AuthenticationTicket(
            new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name)), Scheme.Name));

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        Write(StatusCodes.Status401Unauthorized, "Unauthorized",
            "Send a valid API key as 'Authorization: Bearer <key>'.");

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Write(StatusCodes.Status403Forbidden, "Forbidden", "This key may not call this endpoint.");

    private async Task Write(int status, string title, string detail)
    {
        Response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized) Response.Headers.WWWAuthenticate = "Bearer";
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}
