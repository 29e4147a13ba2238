namespace SharpCharge.SchemaGen;

/// <summary>The schemas cannot be turned into code as they are: a naming conflict, an unknown keyword, a missing table entry.</summary>
internal sealed class SchemaGenException(string message) : Exception(message);
