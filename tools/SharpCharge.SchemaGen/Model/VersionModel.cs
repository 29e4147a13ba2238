namespace SharpCharge.SchemaGen.Model;

/// <summary>Everything one version's schemas define, ready for the emitters.</summary>
/// <param name="Version">Which version.</param>
/// <param name="Actions">Actions in schema order: folder by folder, files in ordinal order.</param>
/// <param name="Types">Every named type (payloads, datatypes, enums), sorted by name.</param>
internal sealed record VersionModel(OcppSchemaVersion Version, IReadOnlyList<ActionSchema> Actions, IReadOnlyList<SchemaType> Types);
