using SharpCharge.Csms.Tests.Support;
using SharpCharge.EndToEnd.Tests.Support;

namespace SharpCharge.EndToEnd.Tests.Reliability;

/// <summary>The real central system on a throw-away SQLite file, for one test; both go away together.</summary>
internal sealed record SqliteCsms(SqliteBackend Storage, CsmsServer Server) : IAsyncDisposable
{
    public static async Task<SqliteCsms> StartAsync(Dictionary<string, string?>? settings = null)
    {
        var storage = new SqliteBackend();
        return new SqliteCsms(storage, await CsmsServer.StartAsync(storage, settings));
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        await Storage.DisposeAsync();
    }
}
