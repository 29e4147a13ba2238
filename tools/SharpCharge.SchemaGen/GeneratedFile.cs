namespace SharpCharge.SchemaGen;

/// <summary>One generated source file.</summary>
/// <param name="Path">Relative to the Messages folder, with '/' separators, e.g. <c>V201/Types/ChargingStationType.cs</c>.</param>
/// <param name="Content">The file text: UTF-8, LF line endings, ending with a newline.</param>
internal sealed record GeneratedFile(string Path, string Content);
