using System.Security.Cryptography;
using Blueindic.Api.Settings;
using Blueindic.Api.Tests.Support;
using Marten;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Blueindic.Api.Tests.Settings;

/// <summary>The Data Protection key ring in PostgreSQL, shared by nodes, optionally encrypted with a certificate.</summary>
[Collection(ApiCollection.Name)]
public sealed class DataProtectionKeysTests(AppFixture app)
{
    [Fact]
    public async Task Two_nodes_share_the_ring_and_a_key_certificate_keeps_every_new_key_encrypted()
    {
        var store = app.Host.Services.GetRequiredService<IDocumentStore>();
        using var keyCertificate = TestCertificates.SelfSigned(new("CN=Blueindic key ring"));
        var dir = Directory.CreateTempSubdirectory("blueindic-dp-");
        try
        {
            var path = Path.Combine(dir.FullName, "keyring.p12");
            await File.WriteAllBytesAsync(path, TestCertificates.Pkcs12(keyCertificate));
            var options = new BlueindicOptions { DataProtection = { KeyCertificatePath = path, KeyCertificatePassword = TestCertificates.Password } };
            var before = (await Keys(store)).Select(k => k.Id).ToHashSet();

            // Other tests' keys may be in the ring already: this node makes one of its own to look at.
            using var first = Node(store, options);
            var made = first.GetRequiredService<IKeyManager>().CreateNewKey(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(90));
            var stored = (await Keys(store)).Where(k => !before.Contains(k.Id)).ShouldHaveSingleItem();
            stored.Id.ShouldBe($"key-{made.KeyId}");
            stored.Xml.ShouldContain("EncryptedData");
            stored.Xml.ShouldNotContain("<masterKey");   // the key material only as the certificate encrypted it

            // Another node with the certificate reads it, and what one node protects the other unprotects.
            using var second = Node(store, options);
            second.GetRequiredService<IKeyManager>().GetAllKeys().Single(k => k.KeyId == made.KeyId).Descriptor.ShouldNotBeNull();
            var purpose = $"test-{Guid.NewGuid()}";
            var payload = first.GetRequiredService<IDataProtectionProvider>().CreateProtector(purpose).Protect("secreto"u8.ToArray());
            second.GetRequiredService<IDataProtectionProvider>().CreateProtector(purpose).Unprotect(payload).ShouldBe("secreto"u8.ToArray());
            Should.Throw<CryptographicException>(() => second.GetRequiredService<IDataProtectionProvider>().CreateProtector("other").Unprotect(payload));

            // A node without the certificate cannot read that key.
            using var without = Node(store, new BlueindicOptions());
            Should.Throw<Exception>(() => without.GetRequiredService<IKeyManager>().GetAllKeys().Single(k => k.KeyId == made.KeyId).Descriptor);
        }
        finally { dir.Delete(recursive: true); }
    }

    private static ServiceProvider Node(IDocumentStore store, BlueindicOptions options)
    {
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(store);
        // The hosted key-ring start is not run here: these nodes make their keys as the tests say.
        services.ConfigureDataProtection(options, "");
        return services.BuildServiceProvider();
    }

    private static async Task<IReadOnlyList<DataProtectionKey>> Keys(IDocumentStore store)
    {
        await using var session = store.QuerySession();
        return await session.Query<DataProtectionKey>().ToListAsync();
    }
}
