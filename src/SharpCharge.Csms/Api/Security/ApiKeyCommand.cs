namespace SharpCharge.Csms.Api.Security;

/// <summary>
/// <c>dotnet run --project src/SharpCharge.Csms -- hash-api-key [key]</c>: prints the hash to configure for a key, and
/// with no key given first creates a random one. The server does not start.
/// </summary>
internal static class ApiKeyCommand
{
    public const string Name = "hash-api-key";

    /// <summary>True when <paramref name="args"/> asked for this command (it then ran and wrote to <paramref name="output"/>).</summary>
    public static bool TryRun(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        if (args.Length == 0 || args[0] != Name)
        {
            return false;
        }

        var key = args.Length > 1 ? args[1] : ApiKeyHasher.NewKey();
        if (args.Length == 1)
        {
            output.WriteLine($"key:  {key}");
            output.WriteLine("      (give this to the API client; it is shown only now)");
        }

        output.WriteLine($"hash: {ApiKeyHasher.Hash(key)}");
        output.WriteLine("Configure it as Api:Keys:<n>:Name, Api:Keys:<n>:Hash and optionally Api:Keys:<n>:ReadOnly=true,");
        output.WriteLine("for example the environment variables Api__Keys__0__Name=ops and Api__Keys__0__Hash=<hash>.");
        return true;
    }
}
