namespace SharpCharge.SchemaGen.Model;

/// <summary>One property of an object schema.</summary>
/// <param name="JsonName">The name on the wire, exactly as the schema spells it (<c>limit_L2</c>).</param>
/// <param name="CSharpName">The C# property name (<c>LimitL2</c>).</param>
/// <param name="Required">Listed in the schema's <c>required</c>.</param>
/// <param name="Value">Shape and constraints.</param>
internal sealed record SchemaProperty(string JsonName, string CSharpName, bool Required, SchemaValue Value);
