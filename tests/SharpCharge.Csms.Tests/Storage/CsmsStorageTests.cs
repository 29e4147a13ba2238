using SharpCharge.Csms.Domain.Authorization;
using SharpCharge.Csms.Domain.Events;
using SharpCharge.Csms.Domain.Stations;
using SharpCharge.Csms.Domain.Transactions;
using SharpCharge.Csms.Tests.Support;
using Xunit.Abstractions;

namespace SharpCharge.Csms.Tests.Storage;

/// <summary>
/// The domain services over a real database, one fresh database per test. The same tests run against SQLite
/// (<see cref="SqliteCsmsStorageTests"/>) and PostgreSQL (<see cref="PostgresCsmsStorageTests"/>).
/// </summary>
public abstract partial class CsmsStorageTests : IAsyncLifetime
{
    private readonly ITestOutputHelper _output;
    private StorageBackend? _backend;
    private CsmsTestHost? _host;

    private protected CsmsStorageTests(ITestOutputHelper output)
    {
        _output = output;
        Logs.Output = output.WriteLine;
    }

    private protected static readonly DateTimeOffset Start = new(2025, 6, 2, 8, 0, 0, TimeSpan.Zero);

    private protected TestClock Clock { get; } = new(Start);

    private protected CapturedLogs Logs { get; } = new();

    private protected CsmsTestHost Host => _host ?? throw new InvalidOperationException("The host is not started.");

    private protected StorageBackend Backend => _backend ?? throw new InvalidOperationException("No database yet.");

    private protected IChargerService Chargers => Host.Get<IChargerService>();

    private protected IStationService Stations => Host.Get<IStationService>();

    private protected IConnectorStatusService Statuses => Host.Get<IConnectorStatusService>();

    private protected IAuthorizationService Authorization => Host.Get<IAuthorizationService>();

    private protected IIdTokenService Tokens => Host.Get<IIdTokenService>();

    private protected ITransactionService Transactions => Host.Get<ITransactionService>();

    private protected IChargerEventService Events => Host.Get<IChargerEventService>();

    private protected static CancellationToken None => CancellationToken.None;

    public async Task InitializeAsync()
    {
        _backend = await CreateBackendAsync();
        _host = await CsmsTestHost.StartAsync(_backend, Clock, Logs);
    }

    public async Task DisposeAsync()
    {
        Logs.Output = null;
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (_backend is not null)
        {
            await _backend.DisposeAsync();
        }
    }

    private protected abstract Task<StorageBackend> CreateBackendAsync();

    /// <summary>Stops the current host and starts another on the same database (a restart, or other settings).</summary>
    private protected async Task RestartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        await Host.DisposeAsync();
        _host = null;
        _host = await CsmsTestHost.StartAsync(Backend, Clock, Logs, settings);
    }

    private protected void Write(string line) => _output.WriteLine(line);

    private protected async Task<Charger> AcceptedChargerAsync(string id = "CP-1", string? stationId = null)
    {
        var charger = await Chargers.RegisterAsync(id, ChargerRegistrationStatus.Accepted, None);
        if (stationId is not null)
        {
            Assert.True(await Chargers.AssignStationAsync(charger.Id, stationId, None));
        }

        return charger;
    }

    private protected Task<IdTokenRecord> TokenAsync(
        string value, IdTokenStatus status = IdTokenStatus.Accepted, bool allowConcurrent = false) =>
        Tokens.SaveAsync(new IdTokenRecord(value, IdTokenTypes.Iso14443, status) { AllowConcurrentTransactions = allowConcurrent }, None);

    private protected Task<Station> TariffStationAsync(string id = "S-1") =>
        Stations.SaveAsync(
            new Station(id, "Depot") { Tariff = new Tariff(0.30m, "EUR") { PricePerMinute = 0.05m, SessionFee = 1m } }, None);

    /// <summary>A fixed instant relative to the clock's start, so values built before and after a clock move agree.</summary>
    private protected static DateTimeOffset At(int minutes) => Start.AddMinutes(minutes);
}
