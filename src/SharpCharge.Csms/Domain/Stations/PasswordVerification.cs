namespace SharpCharge.Csms.Domain.Stations;

/// <summary>The outcome of checking a charger's HTTP Basic password.</summary>
internal enum PasswordVerification
{
    Valid,
    Invalid,

    /// <summary>The charger exists but has no password; the connection policy decides what that means.</summary>
    NoPasswordSet,

    UnknownCharger,
}
