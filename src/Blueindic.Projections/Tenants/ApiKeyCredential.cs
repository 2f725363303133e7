using Blueindic.Domain.Tenants;
using Marten.Events.Projections;

namespace Blueindic.Projections.Tenants;

/// <summary>What authenticating a request needs of one API key: whose it is, its hash, whether it is revoked.</summary>
public sealed class ApiKeyCredential
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public string KeyHash { get; set; } = "";
    public bool Revoked { get; set; }
}

/// <summary>Inline, under the default tenant. Fed by: <see cref="ApiKeyIssued"/>, <see cref="ApiKeyRevoked"/>.</summary>
public sealed partial class ApiKeyCredentialProjection : MultiStreamProjection<ApiKeyCredential, Guid>
{
    public ApiKeyCredentialProjection()
    {
        Identity<ApiKeyIssued>(e => e.KeyId);
        Identity<ApiKeyRevoked>(e => e.KeyId);
    }

    public static ApiKeyCredential Create(ApiKeyIssued e) => new() { Id = e.KeyId, TenantId = e.TenantId, KeyHash = e.KeyHash };
    public static void Apply(ApiKeyRevoked _, ApiKeyCredential credential) => credential.Revoked = true;
}
