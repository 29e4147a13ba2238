namespace SharpCharge.SchemaGen.Model;

/// <summary>What a named schema type becomes in C#.</summary>
internal enum SchemaTypeKind
{
    /// <summary>A JSON object: a record.</summary>
    Object,

    /// <summary>A string enumeration: a C# enum.</summary>
    Enum,
}
