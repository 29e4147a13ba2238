using Microsoft.Extensions.Hosting;
using SharpCharge.Csms.Hosting;
using SharpCharge.Csms.Storage;

namespace SharpCharge.Csms.Dashboard.Accounts;

/// <summary>
/// <c>dotnet run --project src/SharpCharge.Csms -- create-operator &lt;name&gt; [--role admin|viewer]</c>: creates a
/// dashboard account (or sets a new password and role for an existing one) in the configured database, reading the
/// password from standard input. The server does not start.
/// </summary>
internal static class CreateOperatorCommand
{
    public const string Name = "create-operator";

    private const string Usage = "Usage: create-operator <name> [--role admin|viewer]; the password is read from standard input.";

    /// <summary>Null when <paramref name="args"/> did not ask for this command; otherwise the process exit code.</summary>
    public static async Task<int?> TryRunAsync(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || args[0] != Name)
        {
            return null;
        }

        if (!TryParse(args, out var name, out var role, out var rest, out var problem))
        {
            await error.WriteLineAsync(problem).ConfigureAwait(false);
            await error.WriteLineAsync(Usage).ConfigureAwait(false);
            return 2;
        }

        if (!Console.IsInputRedirected)
        {
            await output.WriteAsync($"Password for {name}: ").ConfigureAwait(false);
        }

        var password = await input.ReadLineAsync().ConfigureAwait(false);
        if (OperatorAccounts.Problem(name, password) is { } invalid)
        {
            await error.WriteLineAsync(invalid).ConfigureAwait(false);
            return 2;
        }

        // The real composition (configuration, storage) without starting the listeners or hosted services.
        await using var app = CsmsApp.Build(rest);
        await app.Services.GetRequiredService<IDatabaseMigrator>().MigrateAsync(CancellationToken.None).ConfigureAwait(false);
        await app.Services.GetRequiredService<OperatorAccounts>().SaveAsync(name, password!, role, CancellationToken.None).ConfigureAwait(false);
        await output.WriteLineAsync($"Operator {name} ({role.ToString().ToLowerInvariant()}) saved; sign in at the dashboard's /login.").ConfigureAwait(false);
        return 0;
    }

    private static bool TryParse(string[] args, out string name, out OperatorRole role, out string[] rest, out string problem)
    {
        name = string.Empty;
        role = OperatorRole.Viewer;
        rest = [];
        problem = string.Empty;
        var others = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == "--role")
            {
                if (i + 1 >= args.Length || !Enum.TryParse(args[i + 1], ignoreCase: true, out role) || !Enum.IsDefined(role))
                {
                    problem = "--role needs admin or viewer.";
                    return false;
                }

                i++;
            }
            else if (name.Length == 0 && !args[i].StartsWith('-'))
            {
                name = args[i];
            }
            else
            {
                // Anything else is configuration for the host, e.g. --Storage:Provider Postgres.
                others.Add(args[i]);
            }
        }

        rest = [.. others];
        if (name.Length == 0)
        {
            problem = "Name the operator to create.";
            return false;
        }

        return true;
    }
}
