using System.Text.Json;

namespace SharpCharge.Csms.Cluster.Messaging;

/// <summary>A command for a charger held by the receiving node: <see cref="Command"/> is the <see cref="CommandType"/> as JSON.</summary>
internal sealed record RemoteCommandRequest(string ChargerId, string CommandType, JsonElement Command);
