using SharpCharge.Csms.Domain.Authorization;

namespace SharpCharge.Csms.Import;

/// <summary>A checked id token of a fleet file and the line it came from.</summary>
internal sealed record TokenEntry(IdTokenRecord Token, int Line);
