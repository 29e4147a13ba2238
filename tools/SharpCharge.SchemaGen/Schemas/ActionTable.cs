using SharpCharge.SchemaGen.Model;

namespace SharpCharge.SchemaGen.Schemas;

/// <summary>What the schemas do not say about a version's actions: who sends each one, and which are SEND-only.</summary>
/// <param name="Directions">Direction per action name; an action missing here fails generation.</param>
/// <param name="SendOnly">Actions that have no response schema on purpose (2.1 SEND, MessageTypeId 6).</param>
internal sealed record ActionTable(IReadOnlyDictionary<string, ActionDirection> Directions, IReadOnlySet<string> SendOnly);
