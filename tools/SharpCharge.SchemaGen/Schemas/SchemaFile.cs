using SharpCharge.SchemaGen.Model;

namespace SharpCharge.SchemaGen.Schemas;

/// <summary>One schema file's text, from disk or (in tests) from memory.</summary>
/// <param name="Source">The folder it belongs to.</param>
/// <param name="FileName">The file name, e.g. <c>BootNotificationRequest.json</c>.</param>
/// <param name="Json">The schema text.</param>
internal sealed record SchemaFile(SchemaSource Source, string FileName, string Json)
{
    /// <summary>Folder and file, for error messages.</summary>
    public string Origin => $"{Source.Folder}/{FileName}";

    /// <summary>The file name without <c>.json</c>: the payload type's name.</summary>
    public string TypeName => Path.GetFileNameWithoutExtension(FileName);
}
