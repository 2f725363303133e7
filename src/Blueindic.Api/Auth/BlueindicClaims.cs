namespace Blueindic.Api.Auth;

public static class BlueindicClaims
{
    public const string Tenant = "blueindic:tenant";
    public const string KeyId = "blueindic:key";
    public const string AdminRole = "admin";
    public const string Scheme = "ApiKey";
    public const string AdminPolicy = "Admin";
    public const string TenantPolicy = "Tenant";
}
