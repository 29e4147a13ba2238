using System.Globalization;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SharpCharge.Csms.Hosting;
using SharpCharge.Csms.Import;
using SharpCharge.Simulator.Time;

namespace SharpCharge.Csms.Demo;

/// <summary>
/// <c>dotnet run --project src/SharpCharge.Csms -- --demo</c>: the central system on a throw-away SQLite database
/// seeded from a fleet file (the Jeju fleet by default), with every seeded charger played by the simulator in this
/// process. The configured database is never touched. The first dashboard admin gets a random password unless
/// <c>Dashboard:InitialAdmin:Password</c> is configured; both are printed at start.
/// </summary>
internal static class DemoMode
{
    public const string Switch = "--demo";
    public const string AdminUserKey = "Dashboard:InitialAdmin:User";
    public const string AdminPasswordKey = "Dashboard:InitialAdmin:Password";
    public const string DefaultAdminUser = "admin";

    private const double RealWaitSeconds = 30;

    // Ocpp:CallTimeout and the Commands waits accept at most an hour.
    private const double MaxWaitSeconds = 3600;

    /// <summary>
    /// Removes <c>--demo</c> from the arguments (the configuration's command-line parser would take the next argument
    /// as its value) and says whether it was there.
    /// </summary>
    public static string[] TakeSwitch(string[] args, out bool requested)
    {
        ArgumentNullException.ThrowIfNull(args);
        requested = args.Contains(Switch, StringComparer.Ordinal);
        return requested ? [.. args.Where(a => a != Switch)] : args;
    }

    /// <summary>Adds the demo when <paramref name="requested"/> or <c>Demo:Enabled</c> is true; call after every other registration.</summary>
    public static void AddDemoMode(this WebApplicationBuilder builder, bool requested)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        if (!requested && !configuration.GetValue<bool>($"{DemoOptions.Section}:{nameof(DemoOptions.Enabled)}"))
        {
            return;
        }

        // Defaults any configuration source overrides: the first admin's login.
        var generatedPassword = DemoSetup.NewPassword();
        configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?> { [AdminUserKey] = DefaultAdminUser, [AdminPasswordKey] = generatedPassword },
        });

        // Forced: the demo writes only to its own database, whatever Storage says. Waits for the chargers are read on
        // the accelerated clock, so they are stretched by the speed to leave them 30 real seconds, as the simulator does.
        var speed = configuration.GetSection(DemoOptions.Section).Get<DemoOptions>()?.Speed ?? new DemoOptions().Speed;
        var waitSeconds = (int)Math.Clamp(RealWaitSeconds * speed, RealWaitSeconds, MaxWaitSeconds);
        var databasePath = DemoSetup.NewDatabasePath();
        configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{DemoOptions.Section}:{nameof(DemoOptions.Enabled)}"] = "true",
            ["Storage:Provider"] = "Sqlite",
            ["Storage:ConnectionString"] = $"Data Source={databasePath}",
            ["Ocpp:CallTimeout"] = TimeSpan.FromSeconds(waitSeconds).ToString("c", CultureInfo.InvariantCulture),
            ["Commands:TransactionStartWaitSeconds"] = waitSeconds.ToString(CultureInfo.InvariantCulture),
            ["Commands:TransactionStopWaitSeconds"] = waitSeconds.ToString(CultureInfo.InvariantCulture),
        });

        var password = configuration[AdminPasswordKey] == generatedPassword ? generatedPassword : $"(the password configured as {AdminPasswordKey})";
        var http = configuration.GetSection(HttpOptions.Section).Get<HttpOptions>() ?? new HttpOptions();
        var setup = new DemoSetup(databasePath, configuration[AdminUserKey] ?? DefaultAdminUser, password, http.ListenAddress);

        builder.Services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        // One clock for the central system and the simulated chargers, so accelerated timestamps stay consistent
        // (days, hours, session durations). Registered last, it replaces the system clock.
        if (speed is > 1 and <= 1000)
        {
            builder.Services.AddSingleton<TimeProvider>(new AcceleratedTimeProvider(speed));
        }

        builder.Services.AddSingleton(setup);
        builder.Services.TryAddSingleton<FleetImporter>();
        builder.Services.AddSingleton(sp => ActivatorUtilities.CreateInstance<DemoFleetService>(sp, Console.Out));
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DemoFleetService>());
    }
}
