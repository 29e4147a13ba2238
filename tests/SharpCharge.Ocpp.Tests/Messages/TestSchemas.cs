using System.Collections.Concurrent;
using SharpCharge.Ocpp.Messages;
using SharpCharge.SchemaGen;
using SharpCharge.SchemaGen.Model;
using SharpCharge.SchemaGen.Schemas;

namespace SharpCharge.Ocpp.Tests.Messages;

/// <summary>
/// The official schemas, read once per version through the generator's model. When they are missing the test
/// fails and says where it looked: a check that cannot run must not pass.
/// </summary>
internal static class TestSchemas
{
    private static readonly ConcurrentDictionary<OcppVersion, VersionModel> Models = new();

    public static VersionModel Model(OcppVersion version) => Models.GetOrAdd(version, Read);

    public static OcppActionCatalogue Catalogue(OcppVersion version) => version switch
    {
        OcppVersion.V16 => Ocpp.Messages.V16.V16Actions.Catalogue,
        OcppVersion.V201 => Ocpp.Messages.V201.V201Actions.Catalogue,
        OcppVersion.V21 => Ocpp.Messages.V21.V21Actions.Catalogue,
        _ => throw new ArgumentOutOfRangeException(nameof(version), version, null),
    };

    private static VersionModel Read(OcppVersion version)
    {
        var root = RepositoryLayout.FindRoot(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException($"No SharpCharge.slnx above {AppContext.BaseDirectory}.");
        var directory = RepositoryLayout.SchemasDirectory(root);
        if (!Directory.Exists(directory))
        {
            Assert.Fail($"The OCPP JSON schemas were not found at {directory}. Put them at <repository>/../shared/ocpp-schemas "
                + $"or set {RepositoryLayout.SchemasVariable} to their folder.");
        }

        return SchemaFiles.Read(directory, OcppSchemaVersion.All.Single(v => v.Id == version.ToString()));
    }
}
