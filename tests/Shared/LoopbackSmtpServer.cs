using System.Net;
using System.Net.Sockets;
using SmtpServer;
using SmtpServer.Net;
using SmtpServer.Storage;

namespace Blueindic.Testing;

/// <summary>
/// A real SMTP server (SmtpServer 11) on a free loopback port, handing every mail to a
/// <see cref="MessageStore"/>: the one server behind the API tests', the fault drill's and the bench's
/// sinks, which differ only in what their store keeps. Compiled into each of those projects.
/// </summary>
public sealed class LoopbackSmtpServer : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task running;

    public int Port { get; }

    private LoopbackSmtpServer(MessageStore store, Action<SessionFaultedEventArgs>? faulted)
    {
        Port = FreePort();
        var options = new SmtpServerOptionsBuilder().ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(store);
        services.Add(new NoDelayListeners());
        var server = new SmtpServer.SmtpServer(options, services);
        if (faulted is not null) server.SessionFaulted += (_, e) => faulted(e);
        running = server.StartAsync(stop.Token);
    }

    public static LoopbackSmtpServer Start(MessageStore store, Action<SessionFaultedEventArgs>? faulted = null) => new(store, faulted);

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try { await running; } catch (OperationCanceledException) { }
        stop.Dispose();
    }

    /// <summary>
    /// Answers sent at once (Nagle off; accepted sockets inherit it from the listening one on Linux), as a
    /// relay that writes each reply whole does: this library writes a reply in two pieces, and with Nagle
    /// on the second waits for the client's delayed ACK, 40 ms a mail.
    /// </summary>
    private sealed class NoDelayListeners : IEndpointListenerFactory
    {
        public IEndpointListener CreateListener(IEndpointDefinition endpoint)
        {
            var listener = new TcpListener(endpoint.Endpoint);
            listener.Server.NoDelay = true;
            listener.Start();
            // The library's own listener around it; its constructor is internal.
            return (IEndpointListener)Activator.CreateInstance(typeof(EndpointListener),
                System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic, null, [listener, (Action)listener.Stop], null)!;
        }
    }
}
