using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Npgsql;

namespace Blueindic.Api.Settings;

/// <summary>
/// Makes sure the shared key ring has a key before this node serves, one node at a time (an advisory lock):
/// left to first use, nodes starting together on an empty ring would each make a key of their own, and
/// each would then fail to open what the others encrypted until its ring refreshed, a day later.
/// Later keys are made days before they activate, so every node has read them by then.
/// </summary>
public sealed class DataProtectionKeyRingStart(IKeyManager keys, string connectionString) : IHostedService
{
    private const long LockId = 0x426c756549_4450;   // "BlueI" "DP"

    public async Task StartAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using (var take = new NpgsqlCommand($"select pg_advisory_lock({LockId})", connection)) await take.ExecuteNonQueryAsync(ct);
        try
        {
            // The real time, as Data Protection reads it, not the business clock.
            var now = DateTimeOffset.UtcNow;
            if (!keys.GetAllKeys().Any(k => !k.IsRevoked && k.ActivationDate <= now && k.ExpirationDate > now))
                keys.CreateNewKey(now, now.AddDays(90));
        }
        finally
        {
            await using var release = new NpgsqlCommand($"select pg_advisory_unlock({LockId})", connection);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
