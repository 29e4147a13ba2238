namespace SharpCharge.SchemaGen.Tests;

/// <summary>
/// Finds the repository and the official schemas for tests. Missing schemas fail the test with the place that
/// was searched: a check that cannot run must not pass.
/// </summary>
internal static class TestSchemas
{
    public static string RepositoryRoot
        => RepositoryLayout.FindRoot(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException($"No SharpCharge.slnx above {AppContext.BaseDirectory}.");

    public static string Directory
    {
        get
        {
            var directory = RepositoryLayout.SchemasDirectory(RepositoryRoot);
            if (!System.IO.Directory.Exists(directory))
            {
                Assert.Fail($"The OCPP JSON schemas were not found at {directory}. Put them at <repository>/../shared/ocpp-schemas "
                    + $"or set {RepositoryLayout.SchemasVariable} to their folder.");
            }

            return directory;
        }
    }
}
