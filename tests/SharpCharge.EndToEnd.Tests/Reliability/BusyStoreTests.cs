using System.Globalization;
using System.Net;
using System.Net.WebSockets;
using Npgsql;
using SharpCharge.Csms.Storage;
using SharpCharge.Csms.Tests.Support;
using SharpCharge.EndToEnd.Tests.Support;

namespace SharpCharge.EndToEnd.Tests.Reliability;

/// <summary>
/// A charger that connects while the database cannot serve its admission (in a boot storm: the connection pool is
/// drained) is asked to come back, 503 with Retry-After, instead of failing with a 500; once the database is free
/// it connects. Real PostgreSQL with a pool of one connection, held by the test.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class BusyStoreTests(PostgresServerFixture postgres)
{
    [Fact]
    public async Task Connect_WhileThePoolIsDrained_Is503WithRetryAfter_AndConnectsOnceItIsFree()
    {
        await using var storage = await PostgresBackend.CreateAsync(postgres);
        var constrained = new NpgsqlConnectionStringBuilder(storage.ConnectionString) { MaxPoolSize = 1, Timeout = 1 }.ConnectionString;
        await using var server = await CsmsServer.StartAsync(storage, new Dictionary<string, string?> { ["Storage:ConnectionString"] = constrained });

        var held = await server.Get<SqlDialect>().OpenConnectionAsync(CancellationToken.None);
        using (var refused = Client())
        {
            await Assert.ThrowsAsync<WebSocketException>(() => refused.ConnectAsync(server.ChargerUri("CP-BUSY"), CancellationToken.None));

            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.HttpStatusCode);
            var retryAfter = int.Parse(Assert.Single(refused.HttpResponseHeaders!["Retry-After"]), CultureInfo.InvariantCulture);
            Assert.InRange(retryAfter, 5, 15);
        }

        await held.DisposeAsync();
        using var admitted = Client();
        await admitted.ConnectAsync(server.ChargerUri("CP-BUSY"), CancellationToken.None);
        Assert.Equal(WebSocketState.Open, admitted.State);
    }

    private static ClientWebSocket Client()
    {
        var client = new ClientWebSocket();
        client.Options.AddSubProtocol("ocpp1.6");
        client.Options.CollectHttpResponseDetails = true;
        return client;
    }
}
