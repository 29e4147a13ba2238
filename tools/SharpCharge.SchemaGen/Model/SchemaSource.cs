namespace SharpCharge.SchemaGen.Model;

/// <summary>One folder of schemas.</summary>
/// <param name="Folder">The folder name under the schemas directory.</param>
/// <param name="Label">How generated doc comments name it.</param>
/// <param name="InlineTypes">True for the 1.6 core schemas, which define objects and enums inline and get their names from <see cref="Schemas.InlineTypeNames"/>.</param>
internal sealed record SchemaSource(string Folder, string Label, bool InlineTypes);
