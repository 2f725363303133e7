using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Blueindic.Testing;

/// <summary>
/// What a test needs to put the API on a real socket over a database of its own: a free loopback
/// port and a new database on the test server. Compiled into the dashboard and README test projects.
/// </summary>
public static class KestrelTestServer
{
    /// <summary>A new, empty database on the server of ConnectionStrings__Postgres; its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string prefix)
    {
        var server = Environment.GetEnvironmentVariable("ConnectionStrings__Postgres")
                     ?? "Host=localhost;Port=5432;Database=blueindic;Username=postgres;Password=postgres";
        var builder = new NpgsqlConnectionStringBuilder(server);
        var name = $"{prefix}_{Guid.NewGuid():N}"[..40];
        await using (var connection = new NpgsqlConnection(builder.ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"create database {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        builder.Database = name;
        return builder.ConnectionString;
    }

    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
