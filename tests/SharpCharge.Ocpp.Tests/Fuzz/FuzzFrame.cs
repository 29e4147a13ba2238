namespace SharpCharge.Ocpp.Tests.Fuzz;

/// <summary>
/// One mutated frame and what the connection must do with it: answer with one of <see cref="Codes"/> (a CALLERROR
/// code, or <see cref="Result"/> for a CALLRESULT) carrying one of <see cref="Ids"/>, or not answer at all when
/// <see cref="Codes"/> is empty. A chaos frame (random bytes changed) has no exact oracle: <see cref="Ids"/> is null.
/// </summary>
public sealed record FuzzFrame(byte[] Bytes, string Mutation, IReadOnlyList<string>? Ids, IReadOnlyList<string> Codes)
{
    /// <summary>Stands for a CALLRESULT in <see cref="Codes"/>.</summary>
    public const string Result = "CALLRESULT";

    public bool IsChaos => Ids is null;

    public bool ExpectsAnswer => Codes.Count > 0;
}
